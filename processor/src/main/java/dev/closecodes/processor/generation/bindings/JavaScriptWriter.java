package dev.closecodes.processor.generation.bindings;

import dev.closecodes.processor.model.Catalogue;

/** Writes {@code <endpoint>.js}: the same as the TypeScript, as a plain ES module. */
final class JavaScriptWriter {

  private static final String FILE =
      """
      %s%sexport const CloseCodes = Object.freeze({
      %s});

      const KNOWN = new Map([
      %s]);

      %sexport function describeClose(event) {
      %s""";

  private JavaScriptWriter() {}

  static String write(Catalogue.Group group) {
    return Templates.fill(
        FILE,
        ScriptParts.header(group),
        ScriptParts.title(group),
        ScriptParts.constants(group, (key, code) -> key + ": " + code + ","),
        ScriptParts.known(group),
        ScriptParts.DESCRIBE_DOC,
        ScriptParts.DESCRIBE_BODY);
  }
}
