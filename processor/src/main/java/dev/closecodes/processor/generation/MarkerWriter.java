package dev.closecodes.processor.generation;

import dev.closecodes.Reconnect;
import dev.closecodes.marker.CompiledCloseCodes;
import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.CompiledSet;
import dev.closecodes.processor.model.Markers;
import dev.closecodes.runtime.ReconnectPolicy;
import java.util.List;

/**
 * Writes a set's marker class into {@value Markers#PACKAGE}: a class that does nothing but carry
 * {@code @CompiledCloseCodes}, which {@link Markers#read} reads in later compilations. The marker
 * is data of one fixed shape, so it is written as text, without JavaPoet, whose first use costs a
 * cold compilation more than the text does.
 */
public final class MarkerWriter {

  private static final String ANNOTATION = CompiledCloseCodes.class.getSimpleName();

  private final String generator;

  /**
   * @param generator the class named by the {@code @Generated} annotation on the marker, or null
   *     where the annotation is not available
   */
  public MarkerWriter(String generator) {
    this.generator = generator;
  }

  /** Writes the marker's source; {@code set} must have passed validation. */
  public GeneratedSource write(CodeSet set) {
    CompiledSet compiled = CompiledSet.of(set);
    String name = Markers.className(compiled.set());
    StringBuilder source =
        new StringBuilder(256 * (1 + compiled.codes().size()))
            .append("package ")
            .append(Markers.PACKAGE)
            .append(";\n\nimport ")
            .append(CompiledCloseCodes.class.getCanonicalName())
            .append(";\n");
    if (generator != null) {
      source.append("import ").append(GeneratedAnnotation.NAME).append(";\n");
    }
    source
        .append("\n/**\n * Records the close codes of {@code ")
        .append(compiled.set())
        .append("} for later compilations.\n */\n@")
        .append(ANNOTATION)
        .append("(\n");
    member(source, Markers.SET, JavaText.literal(compiled.set()));
    member(source, Markers.ENDPOINT, JavaText.literal(compiled.endpoint()));
    member(source, Markers.PROVIDER, JavaText.literal(compiled.provider()));
    if (compiled.deprecated()) {
      member(source, Markers.DEPRECATED, "true");
    }
    source.append("    ").append(Markers.CODES).append(" = {");
    List<CompiledSet.Code> codes = compiled.codes();
    for (int i = 0; i < codes.size(); i++) {
      source.append(i == 0 ? "\n" : ",\n");
      code(source.append("        "), codes.get(i));
    }
    source.append(codes.isEmpty() ? "}" : "\n    }");
    if (!compiled.retired().isEmpty()) {
      source.append(",\n    ").append(Markers.RETIRED).append(" = {");
      List<Integer> retired = compiled.retired();
      for (int i = 0; i < retired.size(); i++) {
        source.append(i == 0 ? "" : ", ").append(retired.get(i));
      }
      source.append('}');
    }
    source.append("\n)\n");
    if (generator != null) {
      source.append("@Generated(").append(JavaText.literal(generator)).append(")\n");
    }
    source
        .append("final class ")
        .append(name)
        .append(" {\n  private ")
        .append(name)
        .append("() {\n  }\n}\n");
    return new GeneratedSource(Markers.PACKAGE + "." + name, source.toString());
  }

  private static void member(StringBuilder source, String name, String value) {
    source.append("    ").append(name).append(" = ").append(value).append(",\n");
  }

  /** One code's annotation; its text as plain ASCII literals, whatever the text holds. */
  private static void code(StringBuilder source, CompiledSet.Code code) {
    source
        .append('@')
        .append(ANNOTATION)
        .append('.')
        .append(CompiledCloseCodes.Code.class.getSimpleName())
        .append('(')
        .append(Markers.CODE)
        .append(" = ")
        .append(code.code());
    codeMember(source, Markers.NAME, JavaText.literal(code.name()));
    codeMember(source, Markers.REASON, JavaText.literal(code.reason()));
    codeMember(source, Markers.DESCRIPTION, JavaText.literal(code.description()));
    if (code.deprecation().deprecated()) {
      codeMember(source, Markers.DEPRECATED, "true");
      codeMember(source, Markers.DEPRECATION, JavaText.literal(code.deprecation().note()));
    }
    if (!code.reconnect().equals(ReconnectPolicy.never())) {
      codeMember(
          source,
          Markers.RECONNECT,
          Reconnect.class.getCanonicalName() + "." + code.reconnect().kind().name());
    }
    if (!code.reconnect().notBefore().isZero()) {
      codeMember(
          source,
          Markers.NOT_BEFORE_SECONDS,
          String.valueOf(code.reconnect().notBefore().toSeconds()));
    }
    source.append(')');
  }

  private static void codeMember(StringBuilder source, String name, String value) {
    source.append(", ").append(name).append(" = ").append(value);
  }
}
