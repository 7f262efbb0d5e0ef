package dev.closecodes.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.DeclaredCode;
import dev.closecodes.processor.model.ReasonTemplate;
import dev.closecodes.processor.model.RuntimeTypes;
import dev.closecodes.runtime.ReasonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Writes the class that implements a set's interface, such as {@code ChatCloseEvents}. */
public final class EventsWriter {

  private static final ClassName CLOSE_EVENT =
      ClassName.get(RuntimeTypes.PACKAGE, RuntimeTypes.CLOSE_EVENT);
  private static final ClassName REASON_TEMPLATE =
      ClassName.get(RuntimeTypes.PACKAGE, RuntimeTypes.REASON_TEMPLATE);

  private final Optional<AnnotationSpec> generated;

  /**
   * @param generated the {@code @Generated} annotation to put on the class, where available
   */
  public EventsWriter(Optional<AnnotationSpec> generated) {
    this.generated = generated;
  }

  /** Builds the class's source file; {@code set} must have passed validation. */
  public GeneratedSource write(CodeSet set) {
    ClassName enumName = ClassName.get(set.packageName(), set.enumName().simpleName());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(set.eventsName().simpleName())
            .addModifiers(Modifier.FINAL)
            .addSuperinterface(set.type().asType())
            .addJavadoc(
                "Creates the close events declared by {@link $T}. It holds no state: one"
                    + " instance serves\nevery caller, and events whose reason takes no arguments are"
                    + " created once.\n",
                set.type())
            .addJavadoc(DeprecatedAnnotation.tag(set.deprecation()))
            .addAnnotations(DeprecatedAnnotation.of(set.deprecation()));
    generated.ifPresent(type::addAnnotation);
    if (set.isPublic()) {
      type.addModifiers(Modifier.PUBLIC);
    }
    for (DeclaredCode code : set.codes()) {
      boolean constant = code.template().isConstant();
      type.addField(
          FieldSpec.builder(
                  constant ? CLOSE_EVENT : REASON_TEMPLATE,
                  code.constantName(),
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer(
                  constant
                      ? CodeBlock.of("$T.of($T.$N)", CLOSE_EVENT, enumName, code.constantName())
                      : CodeBlock.of(
                          "$T.of($T.$N, $L)",
                          REASON_TEMPLATE,
                          enumName,
                          code.constantName(),
                          fixedTexts(code.template())))
              .addAnnotations(DeprecatedAnnotation.of(code.deprecation()))
              .build());
    }
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc("Creates the factory.\n")
            .addModifiers(Modifier.PUBLIC)
            .build());
    ClassName eventsName = ClassName.get(set.packageName(), set.eventsName().simpleName());
    for (DeclaredCode code : set.codes()) {
      type.addMethod(method(code, enumName, eventsName));
    }
    return GeneratedSource.of(
        JavaFile.builder(set.packageName(), type.build()).skipJavaLangImports(true).build());
  }

  /**
   * The method that makes {@code code}'s events. A template is named with its class, since a
   * parameter of the same name would hide it.
   */
  private static MethodSpec method(DeclaredCode code, ClassName enumName, ClassName eventsName) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(code.methodName())
            .addAnnotation(Override.class)
            .addAnnotations(DeprecatedAnnotation.of(code.deprecation()))
            .addModifiers(Modifier.PUBLIC)
            .returns(CLOSE_EVENT);
    if (!code.javadoc().text().isEmpty()) {
      method.addJavadoc("$L\n", JavaText.javadoc(code.javadoc().text()));
    }
    for (VariableElement parameter : code.method().getParameters()) {
      method.addParameter(TypeName.get(parameter.asType()), parameter.getSimpleName().toString());
    }
    if (code.template().isConstant()) {
      return method.addStatement("return $N", code.constantName()).build();
    }
    List<String> placeholders = code.template().placeholderNames();
    CodeBlock fill =
        CodeBlock.of(
            "$T.$N.fill($L)", eventsName, code.constantName(), String.join(", ", placeholders));
    int shortArguments =
        (ReasonText.MAX_BYTES - ReasonText.utf8Length(code.template().fixedText())) / 3;
    if (!allStrings(code, placeholders)) {
      return method.addStatement("return $L", fill).build();
    }
    // Short arguments: the concatenation javac compiles, with the fixed texts as constants, is
    // the fastest; fitting it measures nothing. Long ones: the template copies only what is kept.
    return method
        .beginControlFlow("if ($L <= $L)", lengths(placeholders), shortArguments)
        .addStatement(
            "return $T.fitting($T.$N, $L)",
            CLOSE_EVENT,
            enumName,
            code.constantName(),
            concatenation(code.template().parts()))
        .endControlFlow()
        .addStatement("return $L", fill)
        .build();
  }

  private static boolean allStrings(DeclaredCode code, List<String> placeholders) {
    for (VariableElement parameter : code.method().getParameters()) {
      if (placeholders.contains(parameter.getSimpleName().toString())
          && !isString(parameter.asType())) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code type} is {@code String}, with or without type annotations. */
  private static boolean isString(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement())
            .getQualifiedName()
            .contentEquals("java.lang.String");
  }

  /** The chars the arguments take, {@code null} as {@code "null"}. */
  private static CodeBlock lengths(List<String> placeholders) {
    CodeBlock.Builder sum = CodeBlock.builder();
    for (int i = 0; i < placeholders.size(); i++) {
      sum.add(i == 0 ? "" : " + ")
          .add("$T.valueOf($N).length()", String.class, placeholders.get(i));
    }
    return sum.build();
  }

  /** The filled-in reason as string concatenation of the fixed texts and the String arguments. */
  private static CodeBlock concatenation(List<ReasonTemplate.Part> parts) {
    CodeBlock.Builder text = CodeBlock.builder();
    for (int i = 0; i < parts.size(); i++) {
      text.add(i == 0 ? "" : " + ");
      if (parts.get(i) instanceof ReasonTemplate.Literal literal) {
        text.add("$L", JavaText.literal(literal.text()));
      } else if (parts.get(i) instanceof ReasonTemplate.Placeholder placeholder) {
        text.add("$N", placeholder.name());
      }
    }
    return text.build();
  }

  /**
   * The template's fixed texts as literals: one before each placeholder and one after the last,
   * empty ones included, as {@code ReasonTemplate.of} takes them.
   */
  private static String fixedTexts(ReasonTemplate template) {
    List<String> texts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (ReasonTemplate.Part part : template.parts()) {
      if (part instanceof ReasonTemplate.Literal literal) {
        text.append(literal.text());
      } else {
        texts.add(JavaText.literal(text.toString()));
        text.setLength(0);
      }
    }
    texts.add(JavaText.literal(text.toString()));
    return String.join(", ", texts);
  }
}
