package dev.closecodes.jakarta;

import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.WirePolicy;
import jakarta.websocket.CloseReason;

/**
 * Typed close events with Jakarta WebSocket: {@code session.close(JakartaCloses.reason(event))} to
 * send, {@code JakartaCloses.received(closeReason)} in {@code @OnClose}, and {@link
 * #code(CloseCode)} where Jakarta wants its own code type. The generated enums do not implement
 * Jakarta's type themselves: that would make every application that uses them need Jakarta.
 */
public final class JakartaCloses {

  private JakartaCloses() {}

  /**
   * The {@code CloseReason} to pass to {@code Session.close} for {@code event}.
   *
   * @throws IllegalArgumentException if the event may not be sent (1005, 1006, 1015, ...)
   */
  public static CloseReason reason(CloseEvent event) {
    return new CloseReason(code(event.requireSendable().code()), event.reason());
  }

  /**
   * Jakarta's code for {@code code}, such as {@code JakartaCloses.code(ChatCloseCode.ROOM_FULL)}:
   * Jakarta's own constant for a standard code, a code that knows its number otherwise.
   *
   * @throws IllegalArgumentException if the code may not be sent (1005, 1006, 1015, ...)
   */
  public static CloseReason.CloseCode code(CloseCode code) {
    return code(code.code());
  }

  private static CloseReason.CloseCode code(int number) {
    WirePolicy.requireSendable(number);
    // Jakarta's own constants for 1000-1015; for any other number a code of its own.
    return CloseReason.CloseCodes.getCloseCode(number);
  }

  /**
   * What {@code @OnClose} received, typed where the code is known; it never throws. Jakarta reports
   * a connection that ended without a close frame as 1006; that event, and a null reason, is 1006
   * and not clean, as in a browser.
   */
  public static CloseEvent received(CloseReason reason) {
    if (reason == null) {
      return CloseEvent.received(CloseReason.CloseCodes.CLOSED_ABNORMALLY.getCode(), "", false);
    }
    return CloseEvent.received(reason.getCloseCode().getCode(), reason.getReasonPhrase());
  }
}
