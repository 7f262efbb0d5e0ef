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
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/** Writes the class that implements a set's interface, such as {@code ChatCloseEvents}. */
public final class EventsWriter {

  private static final ClassName CLOSE_EVENT =
      ClassName.get("dev.closecodes.runtime", "CloseEvent");

  private final Optional<AnnotationSpec> generated;

  /**
   * @param generated the {@code @Generated} annotation to put on the class, where available
   */
  public EventsWriter(Optional<AnnotationSpec> generated) {
    this.generated = generated;
  }

  /** Builds the class's source file; {@code set} must have passed validation. */
  public JavaFile write(CodeSet set) {
    ClassName enumName = ClassName.get(set.packageName(), set.enumName().simpleName());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(set.eventsName().simpleName())
            .addOriginatingElement(set.type())
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
      if (code.template().isConstant()) {
        type.addField(
            FieldSpec.builder(
                    CLOSE_EVENT,
                    code.constantName(),
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer("$T.of($T.$N)", CLOSE_EVENT, enumName, code.constantName())
                .addAnnotations(DeprecatedAnnotation.of(code.deprecation()))
                .build());
      }
    }
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc("Creates the factory.\n")
            .addModifiers(Modifier.PUBLIC)
            .build());
    for (DeclaredCode code : set.codes()) {
      type.addMethod(method(code, enumName));
    }
    return JavaFile.builder(set.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static MethodSpec method(DeclaredCode code, ClassName enumName) {
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
    return method
        .addStatement(
            "return $T.fitting($T.$N, $L)",
            CLOSE_EVENT,
            enumName,
            code.constantName(),
            reason(code.template().parts()))
        .build();
  }

  /**
   * The filled-in reason as string concatenation; a leading placeholder goes through {@code
   * String.valueOf} so that {@code {a}{b}} with numbers concatenates rather than adds.
   */
  private static CodeBlock reason(List<ReasonTemplate.Part> parts) {
    CodeBlock.Builder text = CodeBlock.builder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        text.add(" + ");
      }
      ReasonTemplate.Part part = parts.get(i);
      if (part instanceof ReasonTemplate.Literal literal) {
        text.add("$L", JavaText.literal(literal.text()));
      } else if (part instanceof ReasonTemplate.Placeholder placeholder && i == 0) {
        text.add("$T.valueOf($N)", String.class, placeholder.name());
      } else if (part instanceof ReasonTemplate.Placeholder placeholder) {
        text.add("$N", placeholder.name());
      }
    }
    return text.build();
  }
}
