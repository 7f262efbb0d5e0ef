package dev.closecodes.processor.generation.bindings;

import dev.closecodes.processor.model.Catalogue;

/** Writes {@code <endpoint>.d.ts}: the types of the JavaScript module. */
final class DeclarationsWriter {

  private static final String FILE =
      """
      %s%sexport declare const CloseCodes: {
      %s};

      %s
      %sexport declare function describeClose(
        event: { readonly code: number; readonly reason: string },
      ): CloseInfo | undefined;
      """;

  private DeclarationsWriter() {}

  static String write(Catalogue.Group group) {
    return Templates.fill(
        FILE,
        ScriptParts.header(group),
        ScriptParts.title(group),
        ScriptParts.constants(group, (key, code) -> "readonly " + key + ": " + code + ";"),
        ScriptParts.types(),
        ScriptParts.DESCRIBE_DOC);
  }
}
