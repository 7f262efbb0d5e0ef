package dev.closecodes.processor.model;

import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Whether a declaration is deprecated, as the generated code and the bindings must repeat it.
 *
 * @param deprecated whether it is deprecated, by annotation or javadoc tag
 * @param forRemoval whether its {@code @Deprecated} says {@code forRemoval = true}
 * @param note the javadoc's {@code @deprecated} text as plain text, {@code ""} when there is none
 */
public record Deprecation(boolean deprecated, boolean forRemoval, String note) {

  /** Not deprecated. */
  public static final Deprecation NONE = new Deprecation(false, false, "");

  /** Reads how {@code element}, documented by {@code javadoc}, is deprecated. */
  static Deprecation of(Element element, Javadoc javadoc, Elements elements) {
    if (!elements.isDeprecated(element)) {
      return NONE;
    }
    boolean forRemoval =
        AnnotationMirrors.find(element, Deprecated.class)
            .map(mirror -> AnnotationMirrors.values(elements, mirror).get("forRemoval"))
            .map(Boolean.TRUE::equals)
            .orElse(false);
    return new Deprecation(true, forRemoval, javadoc.deprecationNote());
  }
}
