package dev.closecodes.processor.generation.bindings;

/** Renders {@code <endpoint>.ts}: the codes, their types and {@code describeClose}, typed. */
final class TypeScriptFormat implements ClientFormat {

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

  @Override
  public String name() {
    return "ts";
  }

  @Override
  public String contentType() {
    return ScriptParts.TYPESCRIPT;
  }

  @Override
  public String render(ClientCatalogue catalogue) {
    return Templates.fill(
        FILE,
        ScriptParts.header(catalogue),
        ScriptParts.title(catalogue),
        ScriptParts.constants(catalogue, (key, code) -> key + ": " + code + ","),
        ScriptParts.types(catalogue),
        ScriptParts.known(catalogue),
        ScriptParts.DESCRIBE_DOC,
        ScriptParts.DESCRIBE_BODY);
  }
}
