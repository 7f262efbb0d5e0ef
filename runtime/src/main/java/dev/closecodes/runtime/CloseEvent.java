package dev.closecodes.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * How a WebSocket connection ends: the close code, the reason and whether the closing handshake
 * completed, as a browser's {@code CloseEvent} reports them; plus the typed {@link CloseCode} where
 * the number is known. A value: immutable, equal by code, reason and {@code wasClean}.
 *
 * <p>Events to send come from the generated {@code *CloseEvents} factories or from {@link
 * #of(CloseCode, String)}, which refuse codes that may not be sent and reasons that do not fit a
 * close frame. Events that were received are recorded as reported by {@link #received(int, String,
 * boolean)}, {@link #abnormalClosure()}, {@link #noStatus()} and {@link CloseFrame#decode}.
 */
public final class CloseEvent {

  private static final CloseEvent ABNORMAL_CLOSURE =
      standard(StandardCloseCode.ABNORMAL_CLOSURE, false);
  private static final CloseEvent NO_STATUS = standard(StandardCloseCode.NO_STATUS_RECEIVED, true);

  private final int code;
  private final String reason;
  private final CloseCode closeCode;
  private final boolean received;
  private final boolean wasClean;

  private CloseEvent(
      int code, String reason, CloseCode closeCode, boolean received, boolean wasClean) {
    this.code = code;
    this.reason = reason;
    this.closeCode = closeCode;
    this.received = received;
    this.wasClean = wasClean;
  }

  /**
   * Creates an event to send with {@code code} and its declared {@link CloseCode#reason() reason}:
   * the template as it is, for a code whose reason takes arguments (call its factory instead).
   *
   * @throws IllegalArgumentException if the code may not be sent or its reason does not fit
   */
  public static CloseEvent of(CloseCode code) {
    return of(code, code.reason());
  }

  /**
   * Creates an event to send with {@code code} and {@code reason}, at most 123 bytes of UTF-8.
   *
   * @throws IllegalArgumentException if the code may not be sent or the reason does not fit
   */
  public static CloseEvent of(CloseCode code, String reason) {
    WirePolicy.requireSendable(code.code());
    return checked(code, ReasonText.requireValid(reason));
  }

  /**
   * Creates an event to send with {@code code} and {@code reason} made to fit a close frame by
   * {@link ReasonText#fit(String)}, as the generated factories do for filled-in reasons.
   *
   * @throws IllegalArgumentException if the code may not be sent
   */
  public static CloseEvent fitting(CloseCode code, String reason) {
    WirePolicy.requireSendable(code.code());
    return checked(code, ReasonText.fit(reason));
  }

  /** An event to send whose code and reason the caller has checked: a {@link ReasonTemplate}. */
  static CloseEvent checked(CloseCode code, String reason) {
    return new CloseEvent(code.code(), reason, code, false, true);
  }

  /**
   * Creates an event to send with a bare number, typed by {@link CloseCodeRegistry#global()}.
   *
   * @param code the number to send: 1000-1003, 1007-1014 or 3000-4999
   * @param reason the reason, at most 123 bytes of UTF-8
   * @throws IllegalArgumentException if the code may not be sent or the reason does not fit
   */
  public static CloseEvent of(int code, String reason) {
    WirePolicy.requireSendable(code);
    return new CloseEvent(code, ReasonText.requireValid(reason), global(code), false, true);
  }

  /**
   * Records a close that was received or observed, as the stack reported it, typed by {@link
   * CloseCodeRegistry#global()} ({@link #typedBy} types it within an endpoint). It never throws and
   * changes nothing, since what happened has happened: a null reason is {@code ""}; any number is
   * kept, also one no close frame can carry (then {@link #closeCode()} is empty), and so is a
   * reason longer than 123 bytes or with unpaired surrogates.
   *
   * @param wasClean whether the closing handshake completed
   */
  public static CloseEvent received(int code, String reason, boolean wasClean) {
    return new CloseEvent(code, reason == null ? "" : reason, global(code), true, wasClean);
  }

  /**
   * Records a close that a stack reported without saying whether the closing handshake completed:
   * 1006 (no close frame) and 1015 (the TLS handshake failed) are not clean, every other code is.
   */
  public static CloseEvent received(int code, String reason) {
    boolean failed =
        code == StandardCloseCode.ABNORMAL_CLOSURE.code()
            || code == StandardCloseCode.TLS_HANDSHAKE.code();
    return received(code, reason, !failed);
  }

  private static CloseCode global(int code) {
    return CloseCodeRegistry.global().lookup(code);
  }

  private static CloseEvent standard(StandardCloseCode code, boolean wasClean) {
    return new CloseEvent(code.code(), "", code, true, wasClean);
  }

  /** What a connection that ended without a close frame reports: 1006, not clean. */
  public static CloseEvent abnormalClosure() {
    return ABNORMAL_CLOSURE;
  }

  /** What a close frame without a code reports: 1005 (no status), clean, as browsers say. */
  public static CloseEvent noStatus() {
    return NO_STATUS;
  }

  /**
   * Returns this event with its code typed by {@code codes}, such as one endpoint's registry: a
   * 4001 received on the {@code game} endpoint is {@code game}'s constant, whatever other endpoints
   * say.
   *
   * @return the event, this one when the typed code is the same
   */
  public CloseEvent typedBy(CloseCodeRegistry codes) {
    CloseCode typed = codes.lookup(code);
    return typed == closeCode ? this : new CloseEvent(code, reason, typed, received, wasClean);
  }

  /**
   * Checks that this event may be sent, as the codec and every adapter do before anything is sent:
   * an event made to send always may; a received one only if its code and reason may be sent.
   *
   * @return this event
   * @throws IllegalArgumentException if it may not be sent; the message says why
   */
  public CloseEvent requireSendable() {
    if (received) {
      WirePolicy.requireSendable(code);
      ReasonText.requireValid(reason);
    }
    return this;
  }

  /**
   * Returns the typed code as {@code type}, such as a generated enum, to switch on: {@code
   * event.closeCode(ChatCloseCode.class).orElse(null)}. For an enum, the constant with this number
   * is found even where the registry does not know its set.
   *
   * @return the code as {@code type}, or empty when the number is not one of its codes
   */
  public <C extends CloseCode> Optional<C> closeCode(Class<C> type) {
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

  /** The close code, as {@code CloseEvent.code} in a browser. */
  public int code() {
    return code;
  }

  /** The reason, {@code ""} for none, as {@code CloseEvent.reason} in a browser. */
  public String reason() {
    return reason;
  }

  /** Whether the closing handshake completed; always true for an event made to send. */
  public boolean wasClean() {
    return wasClean;
  }

  /** The typed code, when the number is known. */
  public Optional<CloseCode> closeCode() {
    return Optional.ofNullable(closeCode);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CloseEvent)) {
      return false;
    }
    CloseEvent that = (CloseEvent) other;
    return code == that.code && wasClean == that.wasClean && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, reason, wasClean);
  }

  /** For example {@code CloseEvent[4002 ROOM_FULL "Room 7 is full", clean]}. */
  @Override
  public String toString() {
    return "CloseEvent["
        + code
        + (closeCode == null ? "" : " " + closeCode.name())
        + " \""
        + reason
        + "\", "
        + (wasClean ? "clean" : "not clean")
        + "]";
  }
}
