package dev.closecodes.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.CompiledCloseCodes;
import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.CompiledSet;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes a set's marker class into {@value CompiledSet#MARKER_PACKAGE}: a class that does nothing
 * but carry {@code @CompiledCloseCodes}, so that the compilation of a module that has this one on
 * its class path finds the set through the {@code Elements} API and checks its numbers.
 */
public final class MarkerWriter {

  private final Optional<AnnotationSpec> generated;

  /** @param generated the {@code @Generated} annotation to put on the marker, where available */
  public MarkerWriter(Optional<AnnotationSpec> generated) {
    this.generated = generated;
  }

  /** Builds the marker's source file; {@code set} must have passed validation. */
  public JavaFile write(CodeSet set) {
    CompiledSet compiledSet = CompiledSet.of(set);
    AnnotationSpec compiled = AnnotationSpec.builder(CompiledCloseCodes.class)
        .addMember("set", "$S", compiledSet.set())
        .addMember("endpoint", "$S", compiledSet.endpoint())
        .addMember("codes", "{$L}", compiledSet.codes().stream()
            .map(code -> CodeBlock.of("$L", code))
            .collect(CodeBlock.joining(", ")))
        .addMember("names", strings(compiledSet.names()))
        .addMember("reasons", strings(compiledSet.reasons()))
        .addMember("descriptions", strings(compiledSet.descriptions()))
        .build();
    TypeSpec.Builder marker = TypeSpec.classBuilder(CompiledSet.markerName(set.describe()))
        .addOriginatingElement(set.type())
        .addJavadoc("Records the close codes of {@code $L} for cross-module checks.\n",
            set.describe())
        .addAnnotation(compiled)
        .addModifiers(Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    generated.ifPresent(marker::addAnnotation);
    return JavaFile.builder(CompiledSet.MARKER_PACKAGE, marker.build()).build();
  }

  /** An array of string literals, plain ASCII whatever the text holds. */
  private static CodeBlock strings(List<String> values) {
    return CodeBlock.of("{$L}", values.stream()
        .map(value -> CodeBlock.of("$L", JavaText.literal(value)))
        .collect(CodeBlock.joining(", ")));
  }
}
