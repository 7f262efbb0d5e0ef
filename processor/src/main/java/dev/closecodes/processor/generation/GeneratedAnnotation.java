package dev.closecodes.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;

/** {@code @Generated}, where the sources being compiled can see it. */
public final class GeneratedAnnotation {

  /** The annotation's qualified name. */
  public static final String NAME = "javax.annotation.processing.Generated";

  private GeneratedAnnotation() {}

  /**
   * Returns {@code @Generated("...processor")}, or empty where the annotation does not exist (a
   * release before 9).
   */
  public static Optional<AnnotationSpec> of(
      Elements elements, SourceVersion sourceVersion, Class<?> processor) {
    if (sourceVersion.compareTo(SourceVersion.RELEASE_8) <= 0
        || elements.getTypeElement(NAME) == null) {
      return Optional.empty();
    }
    return Optional.of(
        AnnotationSpec.builder(ClassName.bestGuess(NAME))
            .addMember("value", "$S", processor.getCanonicalName())
            .build());
  }
}
