package dev.closecodes.spring;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.CloseFrame;
import dev.closecodes.runtime.StandardCloseCode;
import org.springframework.web.socket.CloseStatus;

/** Typed close events with Spring WebSocket's {@link CloseStatus}. */
public final class SpringCloses {

  private SpringCloses() {}

  /**
   * The status to pass to {@code WebSocketSession.close} for {@code event}.
   *
   * @throws IllegalArgumentException if the event's code may not be sent (1005, 1006, 1015, ...)
   */
  public static CloseStatus status(CloseEvent event) {
    CloseFrame.requireSendable(event.code());
    return new CloseStatus(event.code(), event.reason().isEmpty() ? null : event.reason());
  }

  /**
   * What {@code afterConnectionClosed} received, typed where the code is known. A connection that
   * ended without a close frame (1006) is not clean, as in a browser.
   */
  public static CloseEvent received(CloseStatus status) {
    String reason = status.getReason() == null ? "" : status.getReason();
    int code = status.getCode();
    return CloseEvent.received(code, reason, code != StandardCloseCode.ABNORMAL_CLOSURE.code());
  }
}
