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
        const first = windowOption("first", options.firstMs, 5000, 0);
        const base = windowOption("base", options.baseMs, 1000, 1);
        const cap = windowOption("cap", options.capMs, 30000, 1);
        if (!Number.isInteger(attempt) || attempt < 1) {
          throw new RangeError(`attempts count from 1, not ${attempt}`);
        }
        if (reconnect.kind === "NEVER") {
          return { action: "STOP", delayMs: 0 };
        }
        if (reconnect.kind === "AT_ONCE" && attempt === 1) {
          return { action: "RECONNECT", delayMs: 0 };
        }
        const r = random();
        if (!(r >= 0 && r < 1)) {
          throw new RangeError(`a random number must be in [0, 1), not ${r}`);
        }
        // base * 2 ** n is exact below 2 ** 53 and never smaller than cap above it.
        const window = attempt === 1 ? Math.min(cap, first) : Math.min(cap, base * 2 ** (attempt - 1));
        const delayMs = reconnect.notBeforeMs + Math.floor(r * window);
        return { action: reconnect.kind === "NEW_CREDENTIALS" ? "NEW_CREDENTIALS" : "RECONNECT", delayMs };
      }

      %sexport function nextStep(code, attempt, random, options = {}) {
        return nextStepFor(reconnectOf(code), attempt, random, options);
      }
      """;

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
        ScriptParts.NEXT_STEP_DOC);
  }
}
