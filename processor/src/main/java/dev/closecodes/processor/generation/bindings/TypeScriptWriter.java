package dev.closecodes.processor.generation.bindings;

import dev.closecodes.processor.model.Catalogue;

/** Writes {@code <endpoint>.ts}: the codes, their types and {@code describeClose}, typed. */
final class TypeScriptWriter {

  private static final String FILE =
      """
      %s%sexport const CloseCodes = {
      %s} as const;

      %s
      interface Meaning {
        readonly name: CloseInfoName;
        readonly description: string;
      }

      const KNOWN: ReadonlyMap<number, Meaning> = new Map<number, Meaning>([
      %s]);

      %sexport function describeClose(
        event: { readonly code: number; readonly reason: string },
      ): CloseInfo | undefined {
      %s""";

  private TypeScriptWriter() {}

  static String write(Catalogue.Group group) {
    return Templates.fill(
        FILE,
        ScriptParts.header(group),
        ScriptParts.title(group),
        ScriptParts.constants(group, (key, code) -> key + ": " + code + ","),
        ScriptParts.types(),
        ScriptParts.known(group),
        ScriptParts.DESCRIBE_DOC,
        ScriptParts.DESCRIBE_BODY);
  }
}
