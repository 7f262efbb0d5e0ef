package dev.closecodes.processor.generation.bindings;

/** Renders {@code <endpoint>.js}: the same as the TypeScript, as a plain ES module. */
final class JavaScriptFormat implements ClientFormat {

  private static final String FILE =
      """
      %s%sexport const CloseCodes = Object.freeze({
      %s});

      const KNOWN = new Map([
      %s]);

      %sexport function describeClose(event) {
      %s""";

  @Override
  public String name() {
    return "js";
  }

  /** RFC 9239's type for JavaScript. */
  @Override
  public String contentType() {
    return "text/javascript;charset=UTF-8";
  }

  @Override
  public String render(ClientCatalogue catalogue) {
    return Templates.fill(
        FILE,
        ScriptParts.header(catalogue),
        ScriptParts.title(catalogue),
        ScriptParts.constants(catalogue, (key, code) -> key + ": " + code + ","),
        ScriptParts.known(catalogue),
        ScriptParts.DESCRIBE_DOC,
        ScriptParts.DESCRIBE_BODY);
  }
}
