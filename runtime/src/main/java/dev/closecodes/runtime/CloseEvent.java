package dev.closecodes.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * How a WebSocket connection ends, as a browser's {@code CloseEvent} says: code, reason and {@code
 * wasClean}, plus the typed {@link CloseCode} where the number is known. A value: immutable, equal
 * by code, reason and {@code wasClean}. The factories of events to send ({@link #of}, {@link
 * #fitting}) throw {@link IllegalArgumentException}, saying why, for a code that may not be sent or
 * a reason over 123 bytes of UTF-8; those of events received never throw, and type the code by
 * {@link CloseCodeRegistry#global()} (see the {@linkplain dev.closecodes.runtime package}).
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

  /** An event to send with {@code code} and its declared reason, a template as it is. */
  public static CloseEvent of(CloseCode code) {
    return of(code, code.reason());
  }

  /** An event to send with {@code code} and {@code reason}, at most 123 bytes of UTF-8. */
  public static CloseEvent of(CloseCode code, String reason) {
    WirePolicy.requireSendable(code.code());
    return checked(code, ReasonText.requireValid(reason));
  }

  /** An event to send with {@code reason} cut to fit by {@link ReasonText#fit(String)}. */
  public static CloseEvent fitting(CloseCode code, String reason) {
    WirePolicy.requireSendable(code.code());
    return checked(code, ReasonText.fit(reason));
  }

  /** An event to send whose code and reason the caller has checked: a {@link ReasonTemplate}. */
  static CloseEvent checked(CloseCode code, String reason) {
    return new CloseEvent(code.code(), reason, code, false, true);
  }

  /** An event to send with a bare number: 1000-1003, 1007-1014 or 3000-4999. */
  public static CloseEvent of(int code, String reason) {
    WirePolicy.requireSendable(code);
    return new CloseEvent(code, ReasonText.requireValid(reason), global(code), false, true);
  }

  /** Records a close as reported: a null reason is {@code ""}, any number or reason is kept. */
  public static CloseEvent received(int code, String reason, boolean wasClean) {
    return new CloseEvent(code, reason == null ? "" : reason, global(code), true, wasClean);
  }

  /** Records a close whose stack does not say if it was clean: 1006 and 1015 are not. */
  public static CloseEvent received(int code, String reason) {
    return received(code, reason, !StandardCloseCode.reportsFailure(code));
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

  /** This event typed by {@code codes}, such as {@code registry.endpoint("game")}. */
  public CloseEvent typedBy(CloseCodeRegistry codes) {
    CloseCode typed = codes.lookup(code);
    return typed == closeCode ? this : new CloseEvent(code, reason, typed, received, wasClean);
  }

  /**
   * Returns this event if it may be sent, as an event made to send always may; a received one whose
   * code or reason may not be sent throws {@link IllegalArgumentException}, saying why.
   */
  public CloseEvent requireSendable() {
    if (received) {
      WirePolicy.requireSendable(code);
      ReasonText.requireValid(reason);
    }
    return this;
  }

  /**
   * The code as {@code type}, such as a generated enum, to switch on: {@code
   * event.closeCode(ChatCloseCode.class).orElse(null)}; an enum's constant is found even where the
   * registry does not know its set. Empty when the number is not one of its codes.
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

  /**
   * The reason as stacks that take null for none want it (OkHttp, Quarkus, Spring): null where
   * {@link #reason()} is {@code ""}.
   */
  public String reasonOrNull() {
    return reason.isEmpty() ? null : reason;
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
    String name = closeCode == null ? "" : " " + closeCode.name();
    String clean = wasClean ? "clean" : "not clean";
    return "CloseEvent[" + code + name + " \"" + reason + "\", " + clean + "]";
  }
}
