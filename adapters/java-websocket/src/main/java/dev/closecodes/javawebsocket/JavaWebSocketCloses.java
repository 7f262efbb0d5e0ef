package dev.closecodes.javawebsocket;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import org.java_websocket.WebSocket;

/**
 * Typed close events with Java-WebSocket ({@code org.java-websocket}), on both its client and its
 * server: {@code JavaWebSocketCloses.close(connection, event)} to send, {@code
 * JavaWebSocketCloses.received(code, reason)} in {@code onClose}.
 */
public final class JavaWebSocketCloses {

  private JavaWebSocketCloses() {}

  /**
   * Closes {@code connection} with {@code event}, after checking it: Java-WebSocket itself turns a
   * code that may not be sent (1005, 1015, 999, 5000) into an error that drops the connection,
   * which the peer sees as 1006, and sends a reason of any length, which the peer fails with 1002.
   *
   * @throws IllegalArgumentException if the event may not be sent; nothing is sent
   */
  public static void close(WebSocket connection, CloseEvent event) {
    event.requireSendable();
    connection.close(event.code(), event.reason());
  }

  /**
   * Records what {@code onClose(code, reason, remote)} reports; it never throws. The {@code remote}
   * flag says who started the close, not whether the closing handshake completed, so it is not
   * used: the code says that. Java-WebSocket reports numbers of its own below 0 ({@code -1} for a
   * connection that never opened, {@code -2} and {@code -3} for its own failures); like 1006, they
   * are recorded as 1006, not clean, as a browser reports a connection that ended without a close
   * frame, with Java-WebSocket's explanation as the reason.
   *
   * @param code the code {@code onClose} reports
   * @param reason the reason it reports, or null
   * @return the event
   */
  public static CloseEvent received(int code, String reason) {
    if (code < 0) {
      return CloseEvent.received(StandardCloseCode.ABNORMAL_CLOSURE.code(), reason, false);
    }
    return CloseEvent.received(code, reason);
  }
}
