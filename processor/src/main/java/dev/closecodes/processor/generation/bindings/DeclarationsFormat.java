package dev.closecodes.processor.generation.bindings;

/** Renders {@code <endpoint>.d.ts}: the types of the JavaScript module. */
final class DeclarationsFormat implements ClientFormat {

  private static final String FILE =
      """
      %s%sexport declare const CloseCodes: {
      %s};

      %s
      %sexport declare function describeClose(
        event: { readonly code: number; readonly reason: string },
      ): CloseInfo | undefined;

      %sexport declare function reconnectOf(code: number): Reconnect;

      %sexport declare function nextStepFor(
        reconnect: Reconnect,
        attempt: number,
        random: () => number,
        options?: BackoffOptions,
      ): ReconnectStep;

      %sexport declare function nextStep(
        code: number,
        attempt: number,
        random: () => number,
        options?: BackoffOptions,
      ): ReconnectStep;

      %sexport declare function reconnectingWebSocket(
        url: string | ((credentials: string) => string),
        options?: ReconnectingOptions,
      ): ReconnectingWebSocket;
      """;

  @Override
  public String name() {
    return "d.ts";
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
        ScriptParts.constants(catalogue, (key, code) -> "readonly " + key + ": " + code + ";"),
        ScriptParts.types(catalogue),
        ScriptParts.DESCRIBE_DOC,
        ScriptParts.RECONNECT_OF_DOC,
        ScriptParts.NEXT_STEP_FOR_DOC,
        ScriptParts.NEXT_STEP_DOC,
        ScriptParts.RECONNECTING_DOC);
  }
}
