package dev.closecodes.jakarta;

import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.CloseFrame;
import jakarta.websocket.CloseReason;

/**
 * Typed close events with Jakarta WebSocket. Where Jakarta is on the compile class path, the
 * generated enums implement {@code CloseReason.CloseCode} themselves, so
 * {@code new CloseReason(ChatCloseCode.ROOM_FULL, reason)} works; this class converts whole events.
 */
public final class JakartaCloses {

  private JakartaCloses() {}

  /**
   * The {@code CloseReason} to pass to {@code Session.close} for {@code event}.
   *
   * @throws IllegalArgumentException if the event's code may not be sent (1005, 1006, 1015, ...)
   */
  public static CloseReason reason(CloseEvent event) {
    CloseFrame.requireSendable(event.code());
    CloseCode typed = event.closeCode().orElse(null);
    CloseReason.CloseCode code = typed instanceof CloseReason.CloseCode
        ? (CloseReason.CloseCode) typed
        : CloseReason.CloseCodes.getCloseCode(event.code());
    return new CloseReason(code, event.reason());
  }

  /**
   * What {@code @OnClose} received, typed where the code is known. Jakarta reports a connection
   * that ended without a close frame as 1006; that event is not clean, as in a browser.
   */
  public static CloseEvent received(CloseReason reason) {
    int code = reason.getCloseCode().getCode();
    String phrase = reason.getReasonPhrase() == null ? "" : reason.getReasonPhrase();
    return CloseEvent.received(code, phrase,
        code != CloseReason.CloseCodes.CLOSED_ABNORMALLY.getCode());
  }
}
