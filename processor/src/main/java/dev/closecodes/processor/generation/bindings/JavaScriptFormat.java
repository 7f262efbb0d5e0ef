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
      %s
      const NEVER = Object.freeze({ kind: "NEVER", notBeforeMs: 0 });

      %sexport function reconnectOf(code) {
        const known = KNOWN.get(code);
        return known === undefined ? NEVER : known.reconnect;
      }

      /** A window of the backoff, checked: whole milliseconds from least to a day. */
      function windowOption(name, value, fallback, least) {
        const ms = value === undefined ? fallback : value;
        if (!Number.isInteger(ms) || ms < least || ms > 86400000) {
          throw new RangeError(`the backoff's ${name} must be ${least} ms to 1 day, not ${ms}`);
        }
        return ms;
      }

      %sexport function nextStepFor(reconnect, attempt, random, options = {}) {
      %s
      %sexport function nextStep(code, attempt, random, options = {}) {
        return nextStepFor(reconnectOf(code), attempt, random, options);
      }

      %sexport function reconnectingWebSocket(url, options = {}) {
        const Socket = options.WebSocket ?? globalThis.WebSocket;
        let socket = null;
        let lastStep = null;
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
        ScriptParts.DESCRIBE_BODY,
        ScriptParts.RECONNECT_OF_DOC,
        ScriptParts.NEXT_STEP_FOR_DOC,
        ScriptParts.NEXT_STEP_FOR_BODY,
        ScriptParts.NEXT_STEP_DOC,
        ScriptParts.RECONNECTING_DOC,
        ScriptParts.RECONNECTING_BODY);
  }
}
