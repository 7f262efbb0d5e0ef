package dev.closecodes.processor.generation.bindings;

/** Renders {@code <endpoint>.ts}: the codes, their types and {@code describeClose}, typed. */
final class TypeScriptFormat implements ClientFormat {

  private static final String FILE =
      """
      %s%sexport const CloseCodes = Object.freeze({
      %s} as const);

      %s
      interface Meaning {
        readonly name: CloseInfoName;
        readonly description: string;
        readonly reconnect: Reconnect;
      }

      const KNOWN: ReadonlyMap<number, Meaning> = new Map<number, Meaning>([
      %s]);

      %sexport function describeClose(
        event: { readonly code: number; readonly reason: string },
      ): CloseInfo | undefined {
      %s
      const NEVER: Reconnect = Object.freeze({ kind: "NEVER", notBeforeMs: 0 });

      %sexport function reconnectOf(code: number): Reconnect {
        const known = KNOWN.get(code);
        return known === undefined ? NEVER : known.reconnect;
      }

      /** A window of the backoff, checked: whole milliseconds from least to a day. */
      function windowOption(
        name: string,
        value: number | undefined,
        fallback: number,
        least: number,
      ): number {
        const ms = value === undefined ? fallback : value;
        if (!Number.isInteger(ms) || ms < least || ms > 86400000) {
          throw new RangeError(`the backoff's ${name} must be ${least} ms to 1 day, not ${ms}`);
        }
        return ms;
      }

      %sexport function nextStepFor(
        reconnect: Reconnect,
        attempt: number,
        random: () => number,
        options: BackoffOptions = {},
      ): ReconnectStep {
      %s
      %sexport function nextStep(
        code: number,
        attempt: number,
        random: () => number,
        options: BackoffOptions = {},
      ): ReconnectStep {
        return nextStepFor(reconnectOf(code), attempt, random, options);
      }

      // The timer and the error reports of every JavaScript runtime, declared here so that no DOM or
      // Node types are needed; reportError is there in browsers, not in Node.
      declare function setTimeout(run: () => void, delayMs: number): unknown;
      declare function clearTimeout(timer: unknown): void;
      declare function reportError(error: unknown): void;
      declare const console: { error(error: unknown): void };

      %sexport function reconnectingWebSocket(
        url: string | ((credentials: string) => string),
        options: ReconnectingOptions = {},
      ): ReconnectingWebSocket {
        const Socket: WebSocketConstructor | undefined =
          options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
        let socket: WebSocketLike | null = null;
        let lastStep: PlannedStep | null = null;
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
        ScriptParts.DESCRIBE_BODY,
        ScriptParts.RECONNECT_OF_DOC,
        ScriptParts.NEXT_STEP_FOR_DOC,
        ScriptParts.NEXT_STEP_FOR_BODY,
        ScriptParts.NEXT_STEP_DOC,
        ScriptParts.RECONNECTING_DOC,
        ScriptParts.RECONNECTING_BODY);
  }
}
