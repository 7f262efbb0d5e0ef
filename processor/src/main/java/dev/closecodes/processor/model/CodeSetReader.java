package dev.closecodes.processor.model;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.Reconnect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Builds the model of a {@code @CloseCodes} interface from its elements. It decides nothing about
 * validity: a set that breaks every rule is read all the same, so validation can report every
 * problem at once.
 */
public final class CodeSetReader {

  private final Elements elements;

  public CodeSetReader(Elements elements) {
    this.elements = elements;
  }

  /**
   * Reads {@code type}, or returns empty when its annotations cannot be read yet: an attribute
   * whose value does not compile, or that names a type another processor has still to generate.
   */
  public Optional<CodeSet> read(TypeElement type) {
    AnnotationMirror annotation = AnnotationMirrors.find(type, CloseCodes.class).orElseThrow();
    Map<String, AnnotationValue> explicit = explicitValues(annotation);
    Map<String, Object> values = AnnotationMirrors.values(elements, annotation);
    if (!(values.get("enumName") instanceof String enumName
        && values.get("eventsName") instanceof String eventsName
        && values.get("registeredRange") instanceof Boolean registeredRange
        && values.get("endpoint") instanceof String endpoint
        && values.get("retired") instanceof List<?> retiredValues
        && values.get("reconnect") instanceof VariableElement setReconnectConstant)) {
      return Optional.empty();
    }
    Reconnect setReconnect = reconnect(setReconnectConstant);
    List<CodeSet.Retired> retired = new ArrayList<>();
    for (Object value : retiredValues) {
      if (!(value instanceof AnnotationValue number && number.getValue() instanceof Integer code)) {
        return Optional.empty();
      }
      retired.add(new CodeSet.Retired(code, number));
    }
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    String prefix = Names.setPrefix(type.getSimpleName().toString());
    Javadoc javadoc = Javadoc.of(elements.getDocComment(type));

    List<DeclaredCode> codes = new ArrayList<>();
    List<ExecutableElement> uncoded = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Optional<AnnotationMirror> code = AnnotationMirrors.find(method, Code.class);
      if (code.isPresent()) {
        Optional<DeclaredCode> declared = readCode(method, code.get(), setReconnect);
        if (declared.isEmpty()) {
          return Optional.empty();
        }
        codes.add(declared.get());
      } else if (method.getModifiers().contains(Modifier.ABSTRACT)) {
        uncoded.add(method);
      }
    }

    return Optional.of(
        new CodeSet(
            type,
            annotation,
            packageName,
            generatedName(packageName, enumName, prefix + "CloseCode", "enumName", explicit),
            generatedName(packageName, eventsName, prefix + "CloseEvents", "eventsName", explicit),
            registeredRange,
            endpoint,
            explicit.get("endpoint"),
            isPublic(type),
            javadoc,
            Deprecation.of(type, javadoc, elements),
            List.copyOf(codes),
            List.copyOf(retired),
            List.copyOf(uncoded),
            inheritedAbstractMethods(type),
            setReconnect,
            explicit.get("reconnect")));
  }

  private Optional<DeclaredCode> readCode(
      ExecutableElement method, AnnotationMirror annotation, Reconnect setReconnect) {
    Map<String, Object> values = AnnotationMirrors.values(elements, annotation);
    if (!(values.get("value") instanceof Integer code
        && values.get("reason") instanceof String reason
        && values.get("reconnect") instanceof VariableElement reconnectConstant
        && values.get("notBeforeSeconds") instanceof Integer notBeforeSeconds)) {
      return Optional.empty();
    }
    Reconnect reconnect = reconnect(reconnectConstant);
    Map<String, AnnotationValue> explicit = explicitValues(annotation);
    Javadoc javadoc = Javadoc.of(elements.getDocComment(method));
    return Optional.of(
        new DeclaredCode(
            method,
            annotation,
            explicit.get("value"),
            explicit.get("reason"),
            code,
            ReasonTemplate.parse(reason),
            Names.constantName(method.getSimpleName().toString()),
            javadoc,
            Deprecation.of(method, javadoc, elements),
            FrameworkCode.sending(code, elements),
            reconnect == Reconnect.DEFAULT ? setReconnect : reconnect,
            explicit.get("reconnect"),
            notBeforeSeconds,
            explicit.get("notBeforeSeconds")));
  }

  private static Reconnect reconnect(VariableElement constant) {
    return Reconnect.valueOf(constant.getSimpleName().toString());
  }

  private static GeneratedName generatedName(
      String packageName,
      String chosen,
      String fallback,
      String attribute,
      Map<String, AnnotationValue> explicit) {
    String simpleName = chosen.isEmpty() ? fallback : chosen;
    String qualifiedName = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    return new GeneratedName(qualifiedName, simpleName, attribute, explicit.get(attribute));
  }

  /** A nested interface's types are public only when every enclosing type is public too. */
  private static boolean isPublic(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private List<ExecutableElement> inheritedAbstractMethods(TypeElement type) {
    List<ExecutableElement> inherited = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!method.getEnclosingElement().equals(type)
          && method.getModifiers().contains(Modifier.ABSTRACT)
          && method.getEnclosingElement().getKind().isInterface()) {
        inherited.add(method);
      }
    }
    return List.copyOf(inherited);
  }

  private static Map<String, AnnotationValue> explicitValues(AnnotationMirror annotation) {
    Map<String, AnnotationValue> values = new HashMap<>();
    annotation
        .getElementValues()
        .forEach((key, value) -> values.put(key.getSimpleName().toString(), value));
    return values;
  }

  /**
   * @return whether any type the set mentions is not (yet) known to the compiler
   */
  public static boolean mentionsUnresolvedTypes(TypeElement type) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getReturnType().getKind() == TypeKind.ERROR
          || method.getParameters().stream()
              .anyMatch(p -> p.asType().getKind() == TypeKind.ERROR)) {
        return true;
      }
    }
    return type.getInterfaces().stream().anyMatch(t -> t.getKind() == TypeKind.ERROR);
  }
}
