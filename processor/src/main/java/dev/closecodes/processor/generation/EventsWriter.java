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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Writes the class that implements a set's interface, such as {@code ChatCloseEvents}. */
public final class EventsWriter {

  private static final ClassName CLOSE_EVENT =
      ClassName.get(RuntimeTypes.PACKAGE, RuntimeTypes.CLOSE_EVENT);
  private static final ClassName STRING = ClassName.get(String.class);
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
   * The method that makes {@code code}'s events. A parameter would hide a type, package or field of
   * its name in the body, so one named like something the body names is named otherwise here.
   */
  private static MethodSpec method(DeclaredCode code, ClassName enumName, ClassName eventsName) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(code.methodName())
            .addAnnotation(Override.class)
            .addAnnotations(DeprecatedAnnotation.of(code.deprecation()))
            .addModifiers(Modifier.PUBLIC)
            .returns(CLOSE_EVENT);
    Map<String, String> arguments =
        argumentNames(code, usedNames(code, enumName, eventsName, CLOSE_EVENT, STRING));
    if (!code.javadoc().text().isEmpty()) {
      method.addJavadoc("$L\n", JavaText.javadoc(javadoc(code.javadoc().text(), arguments)));
    }
    for (VariableElement parameter : code.method().getParameters()) {
      method.addParameter(
          TypeName.get(parameter.asType()), arguments.get(parameter.getSimpleName().toString()));
    }
    if (code.template().isConstant()) {
      return method.addStatement("return $N", code.constantName()).build();
    }
    List<String> placeholders =
        code.template().placeholderNames().stream().map(arguments::get).toList();
    CodeBlock fill =
        CodeBlock.of(
            "$T.$N.fill($L)", eventsName, code.constantName(), String.join(", ", placeholders));
    int shortArguments =
        (ReasonText.MAX_BYTES - ReasonText.utf8Length(code.template().fixedText())) / 3;
    if (!allStrings(code)) {
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
            concatenation(code.template().parts(), arguments))
        .endControlFlow()
        .addStatement("return $L", fill)
        .build();
  }

  /**
   * The names that a parameter of the method that makes {@code code}'s events would hide: the
   * simple name of each type its body names, and the package a qualified name would start with,
   * should JavaPoet write one; and the constant it returns, where it takes no arguments.
   */
  private static Set<String> usedNames(DeclaredCode code, ClassName... types) {
    Set<String> names = new HashSet<>();
    names.add(code.constantName());
    for (ClassName type : types) {
      names.add(type.simpleName());
      names.add(type.packageName().split("\\.", 2)[0]);
    }
    return names;
  }

  /**
   * The name each parameter has in the generated method, by its declared name: the declared name,
   * or where it would hide a name of the body, that name followed by as many {@code _} as it takes
   * to be new. The interface keeps its names; only the implementing method's differ.
   */
  private static Map<String, String> argumentNames(DeclaredCode code, Set<String> usedNames) {
    Set<String> taken = new HashSet<>(usedNames);
    List<String> declared =
        code.method().getParameters().stream()
            .map(parameter -> parameter.getSimpleName().toString())
            .toList();
    taken.addAll(declared);
    Map<String, String> names = new LinkedHashMap<>();
    for (String name : declared) {
      String argument = name;
      while (usedNames.contains(name) && taken.contains(argument)) {
        argument += "_";
      }
      taken.add(argument);
      names.put(name, argument);
    }
    return names;
  }

  /** {@code javadoc} with its {@code @param} tags naming the parameters as {@code arguments} do. */
  private static String javadoc(String javadoc, Map<String, String> arguments) {
    for (Map.Entry<String, String> argument : arguments.entrySet()) {
      if (!argument.getKey().equals(argument.getValue())) {
        javadoc =
            Pattern.compile(
                    "(?m)^(\\s*@param\\s+)" + Pattern.quote(argument.getKey()) + "(?=\\s|$)")
                .matcher(javadoc)
                .replaceAll("$1" + Matcher.quoteReplacement(argument.getValue()));
      }
    }
    return javadoc;
  }

  /** Whether every parameter, each of which a placeholder uses, is a {@code String}. */
  private static boolean allStrings(DeclaredCode code) {
    return code.method().getParameters().stream()
        .allMatch(parameter -> isString(parameter.asType()));
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
      sum.add(i == 0 ? "" : " + ").add("$T.valueOf($N).length()", STRING, placeholders.get(i));
    }
    return sum.build();
  }

  /** The filled-in reason as string concatenation of the fixed texts and the String arguments. */
  private static CodeBlock concatenation(
      List<ReasonTemplate.Part> parts, Map<String, String> arguments) {
    CodeBlock.Builder text = CodeBlock.builder();
    for (int i = 0; i < parts.size(); i++) {
      text.add(i == 0 ? "" : " + ");
      if (parts.get(i) instanceof ReasonTemplate.Literal literal) {
        text.add("$L", JavaText.literal(literal.text()));
      } else if (parts.get(i) instanceof ReasonTemplate.Placeholder placeholder) {
        text.add("$N", arguments.get(placeholder.name()));
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
