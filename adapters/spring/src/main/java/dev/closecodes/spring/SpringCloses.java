package dev.closecodes.spring;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import dev.closecodes.runtime.WirePolicy;
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
    WirePolicy.requireSendable(event.code());
    return new CloseStatus(event.code(), event.reason().isEmpty() ? null : event.reason());
  }

  /**
   * What {@code afterConnectionClosed} received, typed where the code is known; it never throws,
   * and keeps what Spring reports as it is (see {@link CloseEvent#received}), such as the whole of
   * a local reason that the wire cut. A connection that ended without a close frame (1006), or a
   * null status, is 1006 and not clean, as in a browser.
   */
  public static CloseEvent received(CloseStatus status) {
    int abnormal = StandardCloseCode.ABNORMAL_CLOSURE.code();
    if (status == null) {
      return CloseEvent.received(abnormal, "", false);
    }
    return CloseEvent.received(status.getCode(), status.getReason(), status.getCode() != abnormal);
  }
}
