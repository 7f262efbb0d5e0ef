package dev.closecodes.javawebsocket;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import org.java_websocket.WebSocket;
import org.java_websocket.client.WebSocketClient;

/**
 * Typed close events with Java-WebSocket ({@code org.java-websocket}), on both its client and its
 * server: {@code JavaWebSocketCloses.close(connection, event)} to send, {@code
 * JavaWebSocketCloses.received(connection, code, reason)} in {@code onClose}, with a {@link
 * CloseStatusDraft} on the connection so that an empty close frame is told from 1000.
 */
public final class JavaWebSocketCloses {

  private JavaWebSocketCloses() {}

  /**
   * Closes {@code connection} with {@code event}, after checking it: Java-WebSocket itself turns a
   * code that may not be sent (1005, 1015, 999, 5000) into an error that drops the connection,
   * which the peer sees as 1006, and sends a reason of any length, which the peer fails with 1002.
   *
   * <p>A second close on a connection that is already closing sends nothing, so the peer sees the
   * first close only.
   *
   * @return whether this call started the close
   * @throws IllegalArgumentException if the event may not be sent; nothing is sent
   */
  public static boolean close(WebSocket connection, CloseEvent event) {
    event.requireSendable();
    if (!connection.isOpen()) {
      return false;
    }
    connection.close(event.code(), event.reason());
    return true;
  }

  /**
   * Records what {@code onClose(code, reason, remote)} reports on {@code connection}; it never
   * throws. Where the connection speaks {@link CloseStatusDraft}, a close frame without a code is
   * recorded as 1005, which Java-WebSocket reports as 1000. The {@code remote} flag says who
   * started the close, not whether the closing handshake completed, so it is not used: the code
   * says that. Java-WebSocket reports numbers of its own below 0 ({@code -1} for a connection that
   * never opened, {@code -2} and {@code -3} for its own failures); like 1006, they are recorded as
   * 1006, not clean, without a reason, as a browser reports a connection that ended without a close
   * frame.
   *
   * @param connection the connection {@code onClose} is about: the client itself, or the server's
   *     connection
   * @param code the code {@code onClose} reports
   * @param reason the reason it reports, or null
   * @return the event
   */
  public static CloseEvent received(WebSocket connection, int code, String reason) {
    if (code < 0) {
      return CloseEvent.abnormalClosure();
    }
    if (code == StandardCloseCode.NORMAL_CLOSURE.code() && closedWithoutStatus(connection)) {
      return CloseEvent.noStatus();
    }
    return CloseEvent.received(code, reason);
  }

  /** A client's own draft is the template its connection copied, so ask the connection's. */
  private static boolean closedWithoutStatus(WebSocket connection) {
    WebSocket engine =
        connection instanceof WebSocketClient
            ? ((WebSocketClient) connection).getConnection()
            : connection;
    return engine != null
        && engine.getDraft() instanceof CloseStatusDraft
        && ((CloseStatusDraft) engine.getDraft()).closedWithoutStatus();
  }
}
