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

      /** A close as a WebSocket's close event reports it. */
      export interface SocketClose {
        readonly code: number;
        readonly reason: string;
        readonly wasClean: boolean;
      }

      /** What reconnectingWebSocket uses of a WebSocket: the browser's has it, and Node's from 22. */
      export interface WebSocketLike {
        readonly readyState: number;
        send(data: string | ArrayBufferLike | ArrayBufferView): void;
        close(code?: number, reason?: string): void;
        addEventListener(type: "open" | "error", listener: (event: unknown) => void): void;
        addEventListener(type: "message", listener: (event: { readonly data: unknown }) => void): void;
        addEventListener(type: "close", listener: (event: SocketClose) => void): void;
      }

      /** A WebSocket constructor, such as the browser's WebSocket. */
      export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocketLike;

      /** A step reconnectingWebSocket took after a close: the contract's step, and when it comes. */
      export interface PlannedStep extends ReconnectStep {
        /** The close the step follows. */
        readonly code: number;
        readonly reason: string;
        /** The attempt the step leads to: 1 after a connection that opened, then 2, 3, ... */
        readonly attempt: number;
        /** When the attempt starts, in milliseconds since the epoch (on the clock of options.now). */
        readonly at: number;
      }

      /** How reconnectingWebSocket connects and whom it tells; every option may be left out. */
      export interface ReconnectingOptions {
        /**
         * Gets fresh credentials, such as a token for the URL: before the first connection and
         * after a close whose code asks for new ones. Without it, such a close stops the client. A
         * failure counts as a connection that failed to open, and it is asked again next time.
         */
        readonly credentials?: () => string | PromiseLike<string>;
        readonly protocols?: string | string[];
        readonly backoff?: BackoffOptions;
        /** Each connection's events, as its WebSocket reports them. */
        readonly onopen?: (event: unknown) => void;
        readonly onmessage?: (event: { readonly data: unknown }) => void;
        readonly onerror?: (event: unknown) => void;
        readonly onclose?: (event: SocketClose) => void;
        /** Each step after a close, before the wait: a page shows the next attempt and a countdown. */
        readonly onstep?: (step: PlannedStep) => void;
        /** For tests and for other runtimes: the WebSocket, the random numbers, the clock, the timer. */
        readonly WebSocket?: WebSocketConstructor;
        readonly random?: () => number;
        readonly now?: () => number;
        /** Runs run after delayMs; returns what cancels it. setTimeout by default. */
        readonly schedule?: (run: () => void, delayMs: number) => () => void;
      }

      /** A connection that reconnectingWebSocket keeps up as each close code's contract says. */
      export interface ReconnectingWebSocket {
        /** The open connection, to send on; null while there is none. */
        readonly socket: WebSocketLike | null;
        /** The attempt the last step leads to: 0 while connected and before any close. */
        readonly attempt: number;
        /** The last step after a close; null before any. */
        readonly lastStep: PlannedStep | null;
        /** Whether no further connection will be opened: a code said never, or close() was called. */
        readonly stopped: boolean;
        /** Stops for good: no further connection, and the open one is closed with 1000. */
        close(): void;
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

  static final String RECONNECTING_DOC =
      """
      /**
       * Opens a WebSocket to url and keeps one open as the contract of each close code says: after a
       * close it asks nextStep for the code and the attempt, then stops, or waits the delay and
       * reconnects, with new credentials (options.credentials) first where the code asks for them.
       * url may be a function of the latest credentials, to put a token in the query. Attempts count
       * from 1 again after a connection that opened; a connection that fails to open counts as 1006.
       */
      """;

  /**
   * The body of {@code reconnectingWebSocket}, the twin of the runtime's {@code Reconnector}: the
   * same in TypeScript and JavaScript, whose first lines declare, typed in TypeScript, {@code
   * Socket} (the WebSocket constructor, undefined where there is none), {@code socket} (the last
   * connection) and {@code lastStep}. Every parameter here has a default or a contextual type, so
   * TypeScript needs no annotation.
   */
  static final String RECONNECTING_BODY =
      """
        if (Socket === undefined) {
          throw new TypeError("no WebSocket here: give one as options.WebSocket");
        }
        // Checks the backoff's options now rather than at the first close.
        nextStepFor({ kind: "BACKOFF", notBeforeMs: 0 }, 1, () => 0, options.backoff);
        const random = options.random ?? Math.random;
        const now = options.now ?? Date.now;
        const schedule =
          options.schedule ??
          ((run, delayMs) => {
            const timer = setTimeout(run, delayMs);
            return () => clearTimeout(timer);
          });
        let credentials = "";
        let renewCredentials = options.credentials !== undefined;
        let attempt = 0;
        let stopped = false;
        let cancel = () => {};

        /**
         * Runs a handler of the page after the loop did its own work. One that throws is the page's
         * bug: reported, as the runtime reports an uncaught error, and the loop goes on, the same in
         * a browser and in Node (which would end the process).
         */
        const notify = (run = () => {}) => {
          try {
            run();
          } catch (error) {
            if (typeof reportError === "function") {
              reportError(error);
            } else {
              console.error(error);
            }
          }
        };

        const connect = async () => {
          let opened = false;
          let ended = false;
          /**
           * This connection closed, or failed to open (1006): the loop takes the step that the
           * code's contract says, then tells the page: closed (onclose), then onstep.
           */
          const end = (code = 1006, reason = "", closed = () => {}) => {
            const first = !ended && !stopped;
            ended = true;
            if (first) {
              attempt++;
              let step = nextStep(code, attempt, random, options.backoff);
              if (step.action === "NEW_CREDENTIALS") {
                renewCredentials = true;
                if (options.credentials === undefined) {
                  step = { action: "STOP", delayMs: 0 };
                }
              }
              stopped = step.action === "STOP";
              lastStep = { ...step, code, reason, attempt, at: now() + step.delayMs };
              if (!stopped) {
                cancel = schedule(connect, step.delayMs);
              }
            }
            const planned = lastStep;
            notify(closed);
            if (first && planned !== null) {
              notify(() => options.onstep?.(planned));
            }
          };
          try {
            if (renewCredentials && options.credentials !== undefined) {
              credentials = await options.credentials();
              renewCredentials = false;
            }
            if (stopped) {
              return;
            }
            const opening = new Socket(typeof url === "function" ? url(credentials) : url, options.protocols);
            socket = opening;
            opening.addEventListener("open", (event) => {
              opened = true;
              attempt = 0;
              notify(() => options.onopen?.(event));
            });
            opening.addEventListener("message", (event) => notify(() => options.onmessage?.(event)));
            opening.addEventListener("error", (event) => {
              // A browser (and ws) follows a failed connection's error with close in the same
              // task; Node 20's WebSocket fires error alone on a refused connection. An error
              // before open fails the connection, so a close that has not come is not waited for.
              if (!opened) {
                schedule(() => end(), 0);
              }
              notify(() => options.onerror?.(event));
            });
            opening.addEventListener("close", (event) =>
              end(event.code, event.reason, () => options.onclose?.(event)),
            );
          } catch {
            end();
          }
        };

        connect();
        return {
          get socket() {
            return socket !== null && socket.readyState === 1 ? socket : null;
          },
          get attempt() {
            return attempt;
          },
          get lastStep() {
            return lastStep;
          },
          get stopped() {
            return stopped;
          },
          close() {
            stopped = true;
            cancel();
            socket?.close(1000);
          },
        };
      }
      """;

  private ScriptParts() {}

  /** The first lines: where the file comes from. */
  static String header(ClientCatalogue catalogue) {
    return "// Generated by closecodes for endpoint \""
        + catalogue.endpointName()
        + "\" from "
        + SourceText.setNames(catalogue)
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
        SourceText.RETIRED);
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
      String name = SourceText.infoName(code);
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
