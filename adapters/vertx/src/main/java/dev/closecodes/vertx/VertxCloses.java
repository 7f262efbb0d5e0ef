package dev.closecodes.vertx;

import dev.closecodes.runtime.CloseEvent;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.WebSocketBase;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Typed close events with Vert.x WebSockets, server ({@code ServerWebSocket}) and client ({@code
 * WebSocket}) alike: {@code VertxCloses.close(webSocket, event)} to send, {@code
 * VertxCloses.onClose(webSocket, event -> ...)} to receive.
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
   * Calls {@code handler} once {@code webSocket} has closed, with what the wire said; it never
   * throws. Vert.x reports a close frame without a code as 1000; this reports it as 1005, as the
   * RFC and browsers do, so it takes the WebSocket's frame handler, to see the close frame itself
   * (the message handlers are separate and keep working), and its close handler. Vert.x reports
   * 1006 itself where no close frame arrived (not clean), and a null reason for a close without one
   * (recorded as {@code ""}).
   *
   * @param webSocket a server's {@code ServerWebSocket} or a client's {@code WebSocket}
   * @param handler called once, on the WebSocket's context
   */
  public static void onClose(WebSocketBase webSocket, Handler<CloseEvent> handler) {
    AtomicBoolean closedWithoutStatus = new AtomicBoolean();
    webSocket.frameHandler(
        frame -> {
          if (frame.isClose()) {
            closedWithoutStatus.set(frame.binaryData().length() == 0);
          }
        });
    webSocket.closeHandler(
        closed -> handler.handle(received(webSocket, closedWithoutStatus.get())));
  }

  private static CloseEvent received(WebSocketBase webSocket, boolean closedWithoutStatus) {
    Short code = webSocket.closeStatusCode();
    if (code == null || closedWithoutStatus) {
      return CloseEvent.noStatus();
    }
    return CloseEvent.received(code & 0xFFFF, webSocket.closeReason());
  }
}
