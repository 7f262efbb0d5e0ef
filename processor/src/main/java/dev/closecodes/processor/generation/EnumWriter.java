package dev.closecodes.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.DeclaredCode;
import dev.closecodes.processor.model.RuntimeTypes;
import dev.closecodes.runtime.ReasonText;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Writes a set's enum of codes, such as {@code ChatCloseCode}. */
public final class EnumWriter {

  private static final ClassName CLOSE_CODE =
      ClassName.get(RuntimeTypes.PACKAGE, RuntimeTypes.CLOSE_CODE);
  private static final ClassName CLOSE_CODE_SET =
      ClassName.get(RuntimeTypes.PACKAGE, RuntimeTypes.CLOSE_CODE_SET);
  private static final ClassName RECONNECT_POLICY =
      ClassName.get(RuntimeTypes.PACKAGE, RuntimeTypes.RECONNECT_POLICY);

  /** Named in javadoc only: an import for it would be unused, which ecj reports. */
  private static final String REGISTRY = RuntimeTypes.qualified(RuntimeTypes.CLOSE_CODE_REGISTRY);

  private final Optional<AnnotationSpec> generated;

  /**
   * @param generated the {@code @Generated} annotation to put on the enum, where available
   */
  public EnumWriter(Optional<AnnotationSpec> generated) {
    this.generated = generated;
  }

  /** Builds the enum's source file; {@code set} must have passed validation. */
  public GeneratedSource write(CodeSet set) {
    ClassName enumName = ClassName.get(set.packageName(), set.enumName().simpleName());
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(enumName)
            .addSuperinterface(CLOSE_CODE)
            .addJavadoc(typeJavadoc(set))
            .addAnnotations(DeprecatedAnnotation.of(set.deprecation()));
    generated.ifPresent(type::addAnnotation);
    if (set.isPublic()) {
      type.addModifiers(Modifier.PUBLIC);
    }
    for (DeclaredCode code : set.codes()) {
      type.addEnumConstant(
          code.constantName(),
          TypeSpec.anonymousClassBuilder(
                  "$L, $L, $L, $L",
                  code.code(),
                  JavaText.literal(code.declaredReason()),
                  JavaText.literal(code.description()),
                  reconnectPolicy(code))
              .addJavadoc(constantJavadoc(code))
              .addAnnotations(DeprecatedAnnotation.of(code.deprecation()))
              .build());
    }
    type.addType(index(set, enumName));
    type.addType(provider(set, enumName));
    type.addField(int.class, "code", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "reason", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "description", Modifier.PRIVATE, Modifier.FINAL)
        .addField(RECONNECT_POLICY, "reconnect", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(int.class, "code")
                .addParameter(String.class, "reason")
                .addParameter(String.class, "description")
                .addParameter(RECONNECT_POLICY, "reconnect")
                .addStatement("this.code = code")
                .addStatement("this.reason = reason")
                .addStatement("this.description = description")
                .addStatement("this.reconnect = reconnect")
                .build())
        .addMethod(of(set, enumName))
        .addMethod(find(enumName))
        .addMethod(lookup(enumName))
        .addMethod(getter(int.class, "code", "the number sent in the close frame"))
        .addMethod(
            getter(
                String.class,
                "reason",
                "the reason as declared; a template with {placeholders} where the method takes"
                    + " arguments"))
        .addMethod(
            getter(String.class, "description", "the first sentence of the declaration's javadoc"))
        .addMethod(
            getter(
                RECONNECT_POLICY,
                "reconnect",
                "what a client does after this code, as declared on it or by the set"));
    return GeneratedSource.of(
        JavaFile.builder(set.packageName(), type.build()).skipJavaLangImports(true).build());
  }

  private static CodeBlock typeJavadoc(CodeSet set) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String description = set.javadoc().mainDescription();
    if (!description.isEmpty()) {
      doc.add("$L\n\n<p>", JavaText.javadoc(description));
    }
    return doc.add("The close codes declared by {@link $T}.\n", set.type())
        .add(DeprecatedAnnotation.tag(set.deprecation()))
        .build();
  }

  private static CodeBlock constantJavadoc(DeclaredCode code) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String description = code.javadoc().mainDescription();
    if (!description.isEmpty()) {
      doc.add("$L\n\n", JavaText.javadoc(description));
    }
    String reason = code.declaredReason();
    doc.add("<p>Code $L", code.code());
    if (reason.isEmpty()) {
      doc.add(", no reason.\n");
    } else if (code.template().isConstant()) {
      doc.add(
          ", reason $L ($L bytes of UTF-8).\n",
          JavaText.code(reason),
          ReasonText.utf8Length(reason));
    } else {
      doc.add(
          ", reason $L ($L bytes of UTF-8 besides the arguments, at most $L in all).\n",
          JavaText.code(reason),
          ReasonText.utf8Length(code.template().fixedText()),
          ReasonText.MAX_BYTES);
    }
    return doc.add("\n@see $T#$L\n", code.method().getEnclosingElement(), code.methodName())
        .add(DeprecatedAnnotation.tag(code.deprecation()))
        .build();
  }

  /** The lookup table, in a holder class so that it is built on first use. */
  private static TypeSpec index(CodeSet set, ClassName enumName) {
    int first = set.codes().stream().mapToInt(DeclaredCode::code).min().orElse(0);
    int last = set.codes().stream().mapToInt(DeclaredCode::code).max().orElse(-1);
    return TypeSpec.classBuilder("Index")
        .addJavadoc(
            "The codes by number, less {@link #FIRST}: an O(1) lookup that allocates"
                + " nothing.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(
            FieldSpec.builder(int.class, "FIRST", Modifier.STATIC, Modifier.FINAL)
                .initializer("$L", first)
                .build())
        .addField(
            FieldSpec.builder(
                    ArrayTypeName.of(enumName), "BY_CODE", Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T[$L]", enumName, last - first + 1)
                .build())
        .addStaticBlock(
            CodeBlock.builder()
                .beginControlFlow("for ($T code : values())", enumName)
                .addStatement("BY_CODE[code.code - FIRST] = code")
                .endControlFlow()
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }

  /** Lets {@code CloseCodeRegistry} find the set through {@code ServiceLoader}. */
  private static TypeSpec provider(CodeSet set, ClassName enumName) {
    TypeSpec.Builder provider =
        TypeSpec.classBuilder(CodeSet.PROVIDER)
            .addJavadoc("Registers these codes with {@link $L}; listed in\n", REGISTRY)
            .addJavadoc("{@code META-INF/services/$L}.\n", CLOSE_CODE_SET.canonicalName())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(CLOSE_CODE_SET)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("Creates the provider, as {@code ServiceLoader} does.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("declaredBy")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return $S", set.describe())
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("codes")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(ClassName.get(List.class), enumName))
                    .addStatement("return $T.of(values())", List.class)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("events")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(
                        ParameterizedTypeName.get(ClassName.get(Optional.class), ClassName.OBJECT))
                    .addStatement(
                        "return $T.of(new $T())",
                        Optional.class,
                        ClassName.get(set.packageName(), set.eventsName().simpleName()))
                    .build());
    // The registry types a received number within its endpoint; the default needs no method.
    if (!set.endpoint().isEmpty()) {
      provider.addMethod(
          MethodSpec.methodBuilder("endpoint")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(String.class)
              .addStatement("return $S", set.endpoint())
              .build());
    }
    return provider.build();
  }

  private static MethodSpec of(CodeSet set, ClassName enumName) {
    return MethodSpec.methodBuilder("of")
        .addJavadoc("Returns the code with the number {@code code}.\n\n")
        .addJavadoc("@param code a close code\n")
        .addJavadoc("@return its constant\n")
        .addJavadoc("@throws IllegalArgumentException if $T declares no such code\n", set.type())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(enumName)
        .addParameter(int.class, "code")
        .addStatement("$T found = lookup(code)", enumName)
        .beginControlFlow("if (found == null)")
        .addStatement(
            "throw new $T($S + code + $S)",
            IllegalArgumentException.class,
            "close code ",
            " is not declared in " + set.describe())
        .endControlFlow()
        .addStatement("return found")
        .build();
  }

  private static MethodSpec find(ClassName enumName) {
    return MethodSpec.methodBuilder("find")
        .addJavadoc("Finds the code with the number {@code code}.\n\n")
        .addJavadoc("@param code any number\n")
        .addJavadoc("@return its constant, or empty when it is not one of these codes\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), enumName))
        .addParameter(int.class, "code")
        .addStatement("return $T.ofNullable(lookup(code))", Optional.class)
        .build();
  }

  private static MethodSpec lookup(ClassName enumName) {
    return MethodSpec.methodBuilder("lookup")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(enumName)
        .addParameter(int.class, "code")
        .addStatement("int index = code - Index.FIRST")
        .addStatement(
            "return index >= 0 && index < Index.BY_CODE.length ? Index.BY_CODE[index] : null")
        .build();
  }

  /**
   * The code's policy through the runtime's factory of its kind, such as {@code
   * ReconnectPolicy.backoff(Duration.ofSeconds(30))}: built once, when the enum is initialized.
   */
  private static CodeBlock reconnectPolicy(DeclaredCode code) {
    String factory =
        switch (code.reconnect()) {
          case NEVER -> "never";
          case BACKOFF -> "backoff";
          case AT_ONCE -> "atOnce";
          case NEW_CREDENTIALS -> "newCredentials";
          case DEFAULT -> throw new IllegalStateException("validation refuses a DEFAULT set");
        };
    return code.notBeforeSeconds() == 0
        ? CodeBlock.of("$T.$N()", RECONNECT_POLICY, factory)
        : CodeBlock.of(
            "$T.$N($T.ofSeconds($L))",
            RECONNECT_POLICY,
            factory,
            Duration.class,
            code.notBeforeSeconds());
  }

  private static MethodSpec getter(TypeName type, String name, String returns) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("@return $L\n", returns)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", name)
        .build();
  }

  private static MethodSpec getter(Class<?> type, String name, String returns) {
    return getter(TypeName.get(type), name, returns);
  }
}
