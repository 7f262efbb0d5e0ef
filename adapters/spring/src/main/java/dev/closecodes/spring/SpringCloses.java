package dev.closecodes.spring;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import org.springframework.web.socket.CloseStatus;

/** Typed close events with Spring WebSocket's {@link CloseStatus}. */
public final class SpringCloses {

  private SpringCloses() {}

  /**
   * The status to pass to {@code WebSocketSession.close} for {@code event}.
   *
   * @throws IllegalArgumentException if the event may not be sent (1005, 1006, 1015, ...)
   */
  public static CloseStatus status(CloseEvent event) {
    event.requireSendable();
    return new CloseStatus(event.code(), event.reason().isEmpty() ? null : event.reason());
  }

  /**
   * What {@code afterConnectionClosed} received, typed where the code is known; it never throws,
   * and keeps what Spring reports as it is (see {@link CloseEvent#received}), such as the whole of
   * a local reason that the wire cut. A connection that ended without a close frame (1006) or whose
   * TLS handshake failed (1015) is not clean, as in a browser; a null status is 1006.
   */
  public static CloseEvent received(CloseStatus status) {
    if (status == null) {
      return CloseEvent.received(StandardCloseCode.ABNORMAL_CLOSURE.code(), "", false);
    }
    return CloseEvent.received(status.getCode(), status.getReason());
  }
}
