package dev.closecodes.processor.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reading annotations through the {@code Elements} API, for every part of the processor. */
public final class AnnotationMirrors {

  private AnnotationMirrors() {}

  /** Finds the annotation of type {@code annotationType} on {@code element}. */
  public static Optional<AnnotationMirror> find(Element element, Class<?> annotationType) {
    String name = annotationType.getCanonicalName();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(name)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The values of {@code annotation}'s attributes by name, defaults included. */
  public static Map<String, Object> values(Elements elements, AnnotationMirror annotation) {
    Map<String, Object> values = new HashMap<>();
    elements
        .getElementValuesWithDefaults(annotation)
        .forEach((key, value) -> values.put(key.getSimpleName().toString(), value.getValue()));
    return values;
  }
}
