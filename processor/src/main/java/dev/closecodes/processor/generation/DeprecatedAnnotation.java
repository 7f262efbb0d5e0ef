package dev.closecodes.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.closecodes.processor.model.Deprecation;
import java.util.List;

/**
 * {@code @Deprecated} on what is generated from a deprecated declaration: users of the generated
 * code see the deprecation, and the generated code, which must use the deprecated declarations
 * itself, compiles without a warning. A deprecated use site silences {@code [deprecation]} but not
 * {@code [removal]}, which javac reports even without {@code -Xlint}, so code generated from a
 * declaration deprecated for removal also says {@code @SuppressWarnings("removal")}.
 */
final class DeprecatedAnnotation {

  private static final AnnotationSpec DEPRECATED = AnnotationSpec.builder(Deprecated.class).build();
  private static final AnnotationSpec FOR_REMOVAL =
      AnnotationSpec.builder(Deprecated.class).addMember("forRemoval", "true").build();
  private static final AnnotationSpec SUPPRESS_REMOVAL =
      AnnotationSpec.builder(ClassName.get(SuppressWarnings.class))
          .addMember("value", "$S", "removal")
          .build();

  private DeprecatedAnnotation() {}

  /**
   * The annotations for a member or type that uses or implements what {@code deprecation} marks.
   */
  static List<AnnotationSpec> of(Deprecation deprecation) {
    if (!deprecation.deprecated()) {
      return List.of();
    }
    return deprecation.forRemoval() ? List.of(FOR_REMOVAL, SUPPRESS_REMOVAL) : List.of(DEPRECATED);
  }

  /** The javadoc tag that goes with the annotation, with the declaration's own words. */
  static String tag(Deprecation deprecation) {
    if (!deprecation.deprecated()) {
      return "";
    }
    String note =
        deprecation.note().isEmpty() ? "deprecated where it is declared" : deprecation.note();
    return "@deprecated " + JavaText.html(note) + "\n";
  }
}
