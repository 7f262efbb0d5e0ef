package dev.closecodes.vertx;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import io.vertx.core.Future;
import io.vertx.core.http.WebSocketBase;

/**
 * Typed close events with Vert.x WebSockets, server ({@code ServerWebSocket}) and client ({@code
 * WebSocket}) alike: {@code VertxCloses.close(webSocket, event)} to send, {@code
 * VertxCloses.received(webSocket)} in its close handler.
 */
public final class VertxCloses {

  private VertxCloses() {}

  /**
   * Closes {@code webSocket} with {@code event}, after checking it: Vert.x itself "successfully"
   * sends 1005, 1006, 1015, 999, 5000 and reasons longer than 123 bytes, which the peer's decoder
   * rejects, so that the peer reports 1006 and the code is lost.
   *
   * @return Vert.x's future of the close
   * @throws IllegalArgumentException if the event may not be sent; nothing is sent
   */
  public static Future<Void> close(WebSocketBase webSocket, CloseEvent event) {
    event.requireSendable();
    return webSocket.close((short) event.code(), event.reason());
  }

  /**
   * Records how {@code webSocket} closed, once its close handler runs; it never throws. Vert.x
   * reports 1006 itself where no close frame arrived (not clean), a null reason for a close without
   * one (recorded as {@code ""}), and no status at all for a close frame without a code, recorded
   * as 1005.
   */
  public static CloseEvent received(WebSocketBase webSocket) {
    Short code = webSocket.closeStatusCode();
    int number = code == null ? StandardCloseCode.NO_STATUS_RECEIVED.code() : code & 0xFFFF;
    return CloseEvent.received(number, webSocket.closeReason());
  }
}
