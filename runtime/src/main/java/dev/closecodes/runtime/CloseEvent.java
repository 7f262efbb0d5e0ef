package dev.closecodes.runtime;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How a WebSocket connection ends: the close code, the reason and whether the closing handshake
 * completed, as a browser's {@code CloseEvent} reports them; plus the typed {@link CloseCode} where
 * the number is known.
 *
 * <p>Events to send come from the generated {@code *CloseEvents} factories or from {@link
 * #of(CloseCode, String)}; both refuse codes that may not be sent and reasons that do not fit a
 * close frame. Events that were received come from {@link #received(int, String, boolean)}.
 * Instances are immutable. No class outside this one can extend it.
 */
public class CloseEvent {

  private final int code;
  private final String reason;
  private final CloseCode closeCode;

  /**
   * An event made to send, and so checked. What else an event is, its class says, so that an event
   * takes no more memory than its three fields: {@link Received} was only recorded, {@link Unclean}
   * also ended without a completed closing handshake.
   */
  private CloseEvent(int code, String reason, CloseCode closeCode) {
    this.code = code;
    this.reason = reason;
    this.closeCode = closeCode;
  }

  /** A clean close that was received or observed: recorded as reported, not checked. */
  private static class Received extends CloseEvent {
    Received(int code, String reason, CloseCode closeCode) {
      super(code, reason, closeCode);
    }
  }

  /** A close whose handshake did not complete. */
  private static final class Unclean extends Received {
    Unclean(int code, String reason, CloseCode closeCode) {
      super(code, reason, closeCode);
    }
  }

  /** A received event, typed by the global registry. */
  private static CloseEvent recorded(int code, String reason, boolean wasClean) {
    CloseCode closeCode = CloseCodeRegistry.global().lookup(code);
    return wasClean ? new Received(code, reason, closeCode) : new Unclean(code, reason, closeCode);
  }

  /**
   * Creates an event to send with {@code code} and its declared {@link CloseCode#reason() reason}.
   * For a code whose reason takes arguments, call the generated factory instead: this sends the
   * declared template as it is.
   *
   * @param code the code to send
   * @return the event
   * @throws IllegalArgumentException if the code may not be sent or its reason does not fit
   */
  public static CloseEvent of(CloseCode code) {
    return of(code, code.reason());
  }

  /**
   * Creates an event to send with {@code code} and {@code reason}.
   *
   * @param code the code to send
   * @param reason the reason, at most 123 bytes of UTF-8; see {@link ReasonText#fit(String)}
   * @return the event
   * @throws IllegalArgumentException if the code may not be sent or the reason does not fit
   */
  public static CloseEvent of(CloseCode code, String reason) {
    WirePolicy.requireSendable(code.code());
    return new CloseEvent(code.code(), ReasonText.requireValid(reason), code);
  }

  /**
   * Creates an event to send with {@code code} and {@code reason} made to fit a close frame by
   * {@link ReasonText#fit(String)}: cut after the last whole code point within 123 bytes of UTF-8.
   * The generated factories use it for reasons filled in with arguments.
   *
   * @param code the code to send
   * @param reason any text
   * @return the event
   * @throws IllegalArgumentException if the code may not be sent
   */
  public static CloseEvent fitting(CloseCode code, String reason) {
    WirePolicy.requireSendable(code.code());
    return new CloseEvent(code.code(), ReasonText.fit(reason), code);
  }

  /** An event to send whose code and reason the caller has checked: a {@link ReasonTemplate}. */
  static CloseEvent checked(CloseCode code, String reason) {
    return new CloseEvent(code.code(), reason, code);
  }

  /**
   * Creates an event to send with a bare number, typed when it is a standard code or one of a set
   * that {@link CloseCodeRegistry#global()} knows.
   *
   * @param code the number to send: 1000-1003, 1007-1014 or 3000-4999
   * @param reason the reason, at most 123 bytes of UTF-8
   * @return the event
   * @throws IllegalArgumentException if the code may not be sent or the reason does not fit
   */
  public static CloseEvent of(int code, String reason) {
    WirePolicy.requireSendable(code);
    return new CloseEvent(
        code, ReasonText.requireValid(reason), CloseCodeRegistry.global().lookup(code));
  }

  /**
   * Records a close that was received or observed, as the stack reported it. It never throws: it is
   * called from the stack's callbacks, where an exception is lost or breaks the connection's
   * handling. Nothing is checked or changed, since what happened has happened:
   *
   * <ul>
   *   <li>a null reason is recorded as {@code ""};
   *   <li>any number is recorded as it is, also one no close frame can carry, such as the {@code
   *       -1} that some stacks report for a connection that was never opened; {@link #closeCode()}
   *       is then empty;
   *   <li>1005 (no status), 1006 (no close frame) and 1015 (TLS failure), which endpoints never
   *       send, are recorded like any other number;
   *   <li>a reason is kept as reported, also one longer than 123 bytes (a stack may report the
   *       local side's reason before the wire cut it) or one with unpaired surrogates.
   * </ul>
   *
   * @param code the reported code
   * @param reason the reported reason, or null for none
   * @param wasClean whether the closing handshake completed
   * @return the event, typed when the number is a standard code or one of a set that {@link
   *     CloseCodeRegistry#global()} knows
   */
  public static CloseEvent received(int code, String reason, boolean wasClean) {
    if (wasClean && KeptEvents.covers(code)) {
      return reason == null || reason.isEmpty()
          ? KeptEvents.GLOBAL.withoutReason(code)
          : KeptEvents.GLOBAL.withReason(code, reason);
    }
    return recorded(code, reason == null ? "" : reason, wasClean);
  }

  /**
   * Clean received events kept per code, so that recording a close seen before allocates nothing:
   * most closes carry no reason, and a peer tends to send a code with the same reason every time
   * (its declared reason). Per code, the event without a reason and the event of the first reason
   * decoded, with that reason's bytes: a later payload with the same bytes is that event, found by
   * comparing bytes instead of decoding them. Only the first reason is kept, so reasons that vary
   * cost a comparison and no more, and a peer can make at most one kept event per code. The events
   * are immutable and the registry that types them never changes, so a race only makes an event
   * twice. {@link #GLOBAL} serves every recording; tests make their own.
   */
  static final class KeptEvents {
    private static final int CODES = CloseCodeRange.APPLICATION.last() + 1;
    static final KeptEvents GLOBAL = new KeptEvents();

    private final CloseEvent[] withoutReason = new CloseEvent[CODES];
    private final Kept[] withReason = new Kept[CODES];

    static boolean covers(int code) {
      return code >= 0 && code < CODES;
    }

    CloseEvent withoutReason(int code) {
      CloseEvent event = withoutReason[code];
      if (event == null) {
        event = recorded(code, "", true);
        withoutReason[code] = event;
      }
      return event;
    }

    CloseEvent withReason(int code, String reason) {
      Kept kept = withReason[code];
      return kept != null && kept.event.reason.equals(reason)
          ? kept.event
          : recorded(code, reason, true);
    }

    /**
     * A clean close received as a payload whose code {@link CloseFrame} has checked; the reason is
     * the UTF-8 between {@code start} and {@code end}, decoded strictly unless it is the kept one.
     */
    CloseEvent decoded(int code, ByteBuffer payload, int start, int end) {
      if (start == end) {
        return withoutReason(code);
      }
      Kept kept = withReason[code];
      if (kept != null && kept.isIn(payload, start, end)) {
        return kept.event;
      }
      CloseEvent event = recorded(code, ReasonText.decode(payload, start, end), true);
      if (kept == null) {
        withReason[code] = new Kept(event, payload, start, end);
      }
      return event;
    }

    /** A kept event and the UTF-8 of its reason. */
    private static final class Kept {
      final CloseEvent event;
      private final byte[] reason;

      Kept(CloseEvent event, ByteBuffer payload, int start, int end) {
        this.event = event;
        this.reason = new byte[end - start];
        payload.duplicate().position(start).get(reason);
      }

      boolean isIn(ByteBuffer payload, int start, int end) {
        if (end - start != reason.length) {
          return false;
        }
        if (payload.hasArray()) {
          int from = payload.arrayOffset() + start;
          return Arrays.equals(
              reason, 0, reason.length, payload.array(), from, from + reason.length);
        }
        for (int i = 0; i < reason.length; i++) {
          if (payload.get(start + i) != reason[i]) {
            return false;
          }
        }
        return true;
      }
    }
  }

  /**
   * Records a close that a stack reported without saying whether the closing handshake completed,
   * as {@link #received(int, String, boolean)} does: 1006 (no close frame) and 1015 (the TLS
   * handshake failed) are not clean, every other code is.
   *
   * @param code the reported code
   * @param reason the reported reason, or null for none
   * @return the event
   */
  public static CloseEvent received(int code, String reason) {
    boolean failed =
        code == StandardCloseCode.ABNORMAL_CLOSURE.code()
            || code == StandardCloseCode.TLS_HANDSHAKE.code();
    return received(code, reason, !failed);
  }

  /**
   * Checks that this event may be sent, as the codec and every adapter do before anything is sent.
   * An event made to send always may; a received one, recorded as reported, only if its code may be
   * sent and its reason fits a close frame.
   *
   * @return this event
   * @throws IllegalArgumentException if it may not be sent; the message says why
   */
  public final CloseEvent requireSendable() {
    if (this instanceof Received) {
      WirePolicy.requireSendable(code);
      ReasonText.requireValid(reason);
    }
    return this;
  }

  /**
   * Returns the typed code as {@code type}, such as a generated enum, so that a received code can
   * be switched on:
   *
   * <pre>{@code
   * switch (event.closeCode(ChatCloseCode.class).orElse(null)) { ... }
   * }</pre>
   *
   * <p>For an enum, the constant with this number is found even where the registry does not know
   * the enum's set (a module path without its {@code provides}, a class loader of its own).
   *
   * @param type the type of code wanted
   * @param <C> that type
   * @return the code as {@code type}, or empty when the number is not one of its codes
   */
  public final <C extends CloseCode> Optional<C> closeCode(Class<C> type) {
    if (type.isInstance(closeCode)) {
      return Optional.of(type.cast(closeCode));
    }
    C[] constants = type.getEnumConstants();
    if (constants != null) {
      for (C constant : constants) {
        if (constant.code() == code) {
          return Optional.of(constant);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * @return the close code, as {@code CloseEvent.code} in a browser
   */
  public final int code() {
    return code;
  }

  /**
   * @return the reason, {@code ""} for none, as {@code CloseEvent.reason} in a browser
   */
  public final String reason() {
    return reason;
  }

  /**
   * @return whether the closing handshake completed, as {@code CloseEvent.wasClean} in a browser;
   *     always true for an event created to send
   */
  public final boolean wasClean() {
    return !(this instanceof Unclean);
  }

  /**
   * @return the typed code, when the number is known
   */
  public final Optional<CloseCode> closeCode() {
    return Optional.ofNullable(closeCode);
  }

  /** Two events are equal when code, reason and {@code wasClean} are. */
  @Override
  public final boolean equals(Object other) {
    if (!(other instanceof CloseEvent)) {
      return false;
    }
    CloseEvent that = (CloseEvent) other;
    return code == that.code && wasClean() == that.wasClean() && reason.equals(that.reason);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(code, reason, wasClean());
  }

  /**
   * @return for example {@code CloseEvent[4002 ROOM_FULL "Room 7 is full", clean]}
   */
  @Override
  public final String toString() {
    return "CloseEvent["
        + code
        + (closeCode == null ? "" : " " + closeCode.name())
        + " \""
        + reason
        + "\", "
        + (wasClean() ? "clean" : "not clean")
        + "]";
  }
}
