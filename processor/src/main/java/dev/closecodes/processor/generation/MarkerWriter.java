package dev.closecodes.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.marker.CompiledCloseCodes;
import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.CompiledSet;
import dev.closecodes.processor.model.Markers;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes a set's marker class into {@value Markers#PACKAGE}: a class that does nothing but carry
 * {@code @CompiledCloseCodes}, which {@link Markers#read} reads in later compilations.
 */
public final class MarkerWriter {

  private final Optional<AnnotationSpec> generated;

  /**
   * @param generated the {@code @Generated} annotation to put on the marker, where available
   */
  public MarkerWriter(Optional<AnnotationSpec> generated) {
    this.generated = generated;
  }

  /** Builds the marker's source file; {@code set} must have passed validation. */
  public JavaFile write(CodeSet set) {
    CompiledSet compiled = CompiledSet.of(set);
    AnnotationSpec.Builder marker =
        AnnotationSpec.builder(CompiledCloseCodes.class)
            .addMember(Markers.SET, "$S", compiled.set())
            .addMember(Markers.ENDPOINT, "$S", compiled.endpoint())
            .addMember(Markers.PROVIDER, "$S", compiled.provider());
    if (compiled.deprecated()) {
      marker.addMember(Markers.DEPRECATED, "true");
    }
    marker.addMember(
        Markers.CODES,
        "{$L}",
        compiled.codes().stream().map(MarkerWriter::code).collect(CodeBlock.joining(",\n")));
    if (!compiled.retired().isEmpty()) {
      marker.addMember(
          Markers.RETIRED,
          "{$L}",
          compiled.retired().stream()
              .map(number -> CodeBlock.of("$L", number))
              .collect(CodeBlock.joining(", ")));
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(Markers.className(compiled.set()))
            .addOriginatingElement(set.type())
            .addJavadoc(
                "Records the close codes of {@code $L} for later compilations.\n", compiled.set())
            .addAnnotation(marker.build())
            .addModifiers(Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    generated.ifPresent(type::addAnnotation);
    return JavaFile.builder(Markers.PACKAGE, type.build()).build();
  }

  /** One code's annotation; its text as plain ASCII literals, whatever the text holds. */
  private static CodeBlock code(CompiledSet.Code code) {
    AnnotationSpec.Builder annotation =
        AnnotationSpec.builder(CompiledCloseCodes.Code.class)
            .addMember(Markers.CODE, "$L", code.code())
            .addMember(Markers.NAME, "$S", code.name())
            .addMember(Markers.REASON, "$L", JavaText.literal(code.reason()))
            .addMember(Markers.DESCRIPTION, "$L", JavaText.literal(code.description()));
    if (code.deprecation().deprecated()) {
      annotation
          .addMember(Markers.DEPRECATED, "true")
          .addMember(Markers.DEPRECATION, "$L", JavaText.literal(code.deprecation().note()));
    }
    return CodeBlock.of("$L", annotation.build());
  }
}
