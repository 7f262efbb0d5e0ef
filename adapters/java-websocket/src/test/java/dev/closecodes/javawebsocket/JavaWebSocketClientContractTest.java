package dev.closecodes.javawebsocket;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ClientContract;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * Java-WebSocket's client, with {@link CloseStatusDraft}, meets the client side of the contract.
 */
class JavaWebSocketClientContractTest extends ClientContract {

  @Override
  protected Connection connect(URI uri) throws Exception {
    CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
    WebSocketClient client =
        new WebSocketClient(uri, new CloseStatusDraft()) {
          @Override
          public void onOpen(ServerHandshake handshake) {}

          @Override
          public void onMessage(String message) {}

          @Override
          public void onClose(int code, String reason, boolean remote) {
            closed.complete(JavaWebSocketCloses.received(this, code, reason));
          }

          @Override
          public void onError(Exception error) {}
        };
    assertTrue(client.connectBlocking(10, TimeUnit.SECONDS));
    return new Connection() {
      @Override
      public void close(CloseEvent event) {
        JavaWebSocketCloses.close(client, event);
      }

      @Override
      public void send(String text) {
        client.send(text);
      }

      @Override
      public CompletableFuture<CloseEvent> closed() {
        return closed;
      }
    };
  }
}
