package dev.closecodes.processor.generation.bindings;

import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * What the TypeScript, the JavaScript and the declarations of a group share: the header, the
 * constants, the types, and the table {@code describeClose} looks codes up in. Each format holds
 * its own file's shape.
 */
final class ScriptParts {

  /**
   * The media type of TypeScript and its declarations: none is registered, and this is the one
   * TypeScript tools and Deno use.
   */
  static final String TYPESCRIPT = "application/typescript;charset=UTF-8";

  /** The name {@code describeClose} gives a number that a set retired. */
  static final String RETIRED = "RETIRED";

  /** The types a TypeScript module and its declarations both export. */
  static final String TYPES =
      """
      /** The name of a declared close code. */
      export type CloseCodeName = keyof typeof CloseCodes;

      /** The number of a declared close code. */
      export type CloseCodeNumber = (typeof CloseCodes)[CloseCodeName];

      /** The name of a standard close code of RFC 6455. */
      export type StandardCloseCodeName =
        %s;

      /** What a received close is called: a declared code, a standard one, or a retired number. */
      export type CloseInfoName = CloseCodeName | StandardCloseCodeName | "%s";

      /** What a received close means. */
      export interface CloseInfo {
        readonly code: number;
        readonly name: CloseInfoName;
        readonly reason: string;
        readonly description: string;
      }

      /** What a client does after a close: the code's contract, declared with the code. */
      export interface Reconnect {
        readonly kind: "NEVER" | "BACKOFF" | "AT_ONCE" | "NEW_CREDENTIALS";
        /** The least delay before the next attempt, in milliseconds. */
        readonly notBeforeMs: number;
      }

      /** The client's next step: stop, or reconnect after delayMs (first getting new credentials). */
      export interface ReconnectStep {
        readonly action: "STOP" | "RECONNECT" | "NEW_CREDENTIALS";
        readonly delayMs: number;
      }

      /** The backoff's windows, in milliseconds: by default first 5000, base 1000, cap 30000. */
      export interface BackoffOptions {
        readonly firstMs?: number;
        readonly baseMs?: number;
        readonly capMs?: number;
      }
      """;

  /** The doc comments of the contract's functions, in the order the formats declare them. */
  static final String RECONNECT_OF_DOC =
      """
      /** The contract of a received code: what a client does next; NEVER for a code not known. */
      """;

  static final String NEXT_STEP_FOR_DOC =
      """
      /**
       * The next step for a contract, exactly as the Java runtime's Backoff.next: attempt counts from
       * 1; NEVER stops; AT_ONCE reconnects at once on attempt 1; otherwise one number r in [0, 1) is
       * drawn from random and the delay is notBeforeMs + floor(r * window), the window being
       * min(cap, first) on attempt 1 and min(cap, base * 2^(attempt - 1)) after.
       */
      """;

  static final String NEXT_STEP_DOC =
      """
      /** The next step after a close with this code, by its contract; see nextStepFor. */
      """;

  /** The doc comment of {@code describeClose}. */
  static final String DESCRIBE_DOC =
      """
      /**
       * Turns a browser's CloseEvent, or anything with a code and a reason, into what it means: its
       * name and description, for the standard codes, the endpoint's own and those it retired;
       * undefined for a code this endpoint does not know.
       */
      """;

  /** The body of {@code describeClose} in TypeScript and JavaScript alike. */
  static final String DESCRIBE_BODY =
      """
        const known = KNOWN.get(event.code);
        return known === undefined
          ? undefined
          : { code: event.code, name: known.name, reason: event.reason, description: known.description };
      }
      """;

  /**
   * The body of {@code nextStepFor}, the twin of the runtime's {@code Backoff.next}: the same in
   * TypeScript and JavaScript, which differ only in its signature.
   */
  static final String NEXT_STEP_FOR_BODY =
      """
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
      """;

  private ScriptParts() {}

  /** The first lines: where the file comes from. */
  static String header(ClientCatalogue catalogue) {
    return "// Generated by closecodes for endpoint \""
        + catalogue.endpointName()
        + "\" from "
        + catalogue.sets().stream().map(ClientSet::name).collect(Collectors.joining(", "))
        + ". Do not edit.\n\n";
  }

  /** The doc comment of the {@code CloseCodes} object. */
  static String title(ClientCatalogue catalogue) {
    return "/** The close codes of endpoint \"" + catalogue.endpointName() + "\", by name. */\n";
  }

  /** {@link #TYPES} filled in. */
  static String types(ClientCatalogue catalogue) {
    return Templates.fill(
        TYPES,
        catalogue.standard().stream()
            .map(code -> JsText.quote(code.name()))
            .collect(Collectors.joining("\n  | ")),
        RETIRED);
  }

  /**
   * One documented line per declared code: {@code line} renders it from the code's key and number,
   * such as {@code ROOM_FULL: 4002,}.
   */
  static String constants(ClientCatalogue catalogue, BiFunction<String, Integer, String> line) {
    StringBuilder constants = new StringBuilder();
    for (ClientCode code : catalogue.declared()) {
      constants
          .append(
              JsText.docComment(
                  "  ",
                  code.description(),
                  code.deprecation().deprecated()
                      ? ("@deprecated " + code.deprecation().note()).strip()
                      : ""))
          .append("  ")
          .append(line.apply(JsText.key(code.name()), code.code()))
          .append('\n');
    }
    return constants.toString();
  }

  /**
   * The entries of the {@code KNOWN} map: every code a client of the endpoint may receive, the
   * standard ones, the declared ones, and the retired numbers. Each contract is frozen, since
   * {@code reconnectOf} hands out the table's own object: no caller can change it for the others.
   */
  static String known(ClientCatalogue catalogue) {
    StringBuilder known = new StringBuilder();
    for (ClientCode code : catalogue.received()) {
      String name = code.kind() == ClientCode.Kind.RETIRED ? RETIRED : code.name();
      known
          .append("  [")
          .append(code.code())
          .append(", { name: ")
          .append(JsText.quote(name))
          .append(", description: ")
          .append(JsText.quote(code.description()))
          .append(", reconnect: Object.freeze({ kind: ")
          .append(JsText.quote(code.reconnect().kind().name()))
          .append(", notBeforeMs: ")
          .append(code.reconnect().notBefore().toMillis())
          .append(" }) }],\n");
    }
    return known.toString();
  }
}
