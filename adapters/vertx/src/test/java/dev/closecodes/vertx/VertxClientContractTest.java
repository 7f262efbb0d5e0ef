package dev.closecodes.vertx;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ClientContract;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Vert.x 5's WebSocket client meets the client side of the contract. */
class VertxClientContractTest extends ClientContract {

  private static Vertx vertx;

  /** Held for the whole class: Vert.x closes a client, and its connections, once unreachable. */
  private static WebSocketClient client;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    client = vertx.createWebSocketClient();
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  @Override
  protected Connection connect(URI uri) throws Exception {
    CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
    WebSocket webSocket =
        client.connect(uri.getPort(), uri.getHost(), "/").await(10, TimeUnit.SECONDS);
    VertxCloses.onClose(webSocket, closed::complete);
    return new Connection() {
      @Override
      public void close(CloseEvent event) {
        VertxCloses.close(webSocket, event);
      }

      @Override
      public void send(String text) throws Exception {
        webSocket.writeTextMessage(text).await(10, TimeUnit.SECONDS);
      }

      @Override
      public CompletableFuture<CloseEvent> closed() {
        return closed;
      }
    };
  }
}
