package dev.closecodes.runtime;

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
 * Instances are immutable.
 */
public final class CloseEvent {

  private final int code;
  private final String reason;
  private final boolean wasClean;
  private final CloseCode closeCode;

  private CloseEvent(int code, String reason, boolean wasClean, CloseCode closeCode) {
    this.code = code;
    this.reason = reason;
    this.wasClean = wasClean;
    this.closeCode = closeCode;
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
    CloseFrame.requireSendable(code.code());
    return new CloseEvent(code.code(), ReasonText.requireValid(reason), true, code);
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
    CloseFrame.requireSendable(code.code());
    return new CloseEvent(code.code(), ReasonText.fit(reason), true, code);
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
    CloseFrame.requireSendable(code);
    return new CloseEvent(
        code, ReasonText.requireValid(reason), true, CloseCodeRegistry.global().lookup(code));
  }

  /**
   * Creates an event for a close that was received or observed, such as 1006 for a connection that
   * dropped without a close frame.
   *
   * @param code the reported code, 0-65535
   * @param reason the reported reason, at most 123 bytes of UTF-8
   * @param wasClean whether the closing handshake completed
   * @return the event, typed when the number is a standard code or one of a set that {@link
   *     CloseCodeRegistry#global()} knows
   * @throws IllegalArgumentException if the code does not fit 16 bits or the reason does not fit
   */
  public static CloseEvent received(int code, String reason, boolean wasClean) {
    CloseCodeRange.of(code);
    return new CloseEvent(code, ReasonText.requireValid(reason), wasClean,
        CloseCodeRegistry.global().lookup(code));
  }

  /** A payload that {@link CloseFrame#decode} has already checked: code and reason are valid. */
  static CloseEvent decoded(int code, String reason) {
    return new CloseEvent(code, reason, true, CloseCodeRegistry.global().lookup(code));
  }

  /** @return the close code, as {@code CloseEvent.code} in a browser */
  public int code() {
    return code;
  }

  /** @return the reason, {@code ""} for none, as {@code CloseEvent.reason} in a browser */
  public String reason() {
    return reason;
  }

  /**
   * @return whether the closing handshake completed, as {@code CloseEvent.wasClean} in a browser;
   *     always true for an event created to send
   */
  public boolean wasClean() {
    return wasClean;
  }

  /** @return the typed code, when the number is known */
  public Optional<CloseCode> closeCode() {
    return Optional.ofNullable(closeCode);
  }

  /** Two events are equal when code, reason and {@code wasClean} are. */
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

  /** @return for example {@code CloseEvent[4002 ROOM_FULL "Room 7 is full", clean]} */
  @Override
  public String toString() {
    return "CloseEvent[" + code + (closeCode == null ? "" : " " + closeCode.name())
        + " \"" + reason + "\", " + (wasClean ? "clean" : "not clean") + "]";
  }
}
