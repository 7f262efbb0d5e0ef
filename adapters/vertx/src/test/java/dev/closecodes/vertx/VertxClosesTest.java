package dev.closecodes.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.JdkClient;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.WebSocket;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Vert.x 5's WebSocket server and client over loopback. */
class VertxClosesTest {

  private static final LobbyCloses CLOSES = new LobbyCloseEvents();
  private static Vertx vertx;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  /** A server that closes a connection that sends a room's name, after a refused attempt. */
  private static HttpServer server(CompletableFuture<Throwable> refused) throws Exception {
    return vertx
        .createHttpServer()
        .webSocketHandler(
            webSocket ->
                webSocket.textMessageHandler(
                    message -> {
                      try {
                        VertxCloses.close(webSocket, CloseEvent.received(1006, "", false));
                      } catch (IllegalArgumentException e) {
                        refused.complete(e);
                      }
                      VertxCloses.close(webSocket, CLOSES.roomFull(message));
                    }))
        .listen(0, "127.0.0.1")
        .await(10, TimeUnit.SECONDS);
  }

  @Test
  void theServerClosesWithATypedEventAndRefusesWhatMayNotBeSent() throws Exception {
    CompletableFuture<Throwable> refused = new CompletableFuture<>();
    HttpServer server = server(refused);
    try {
      JdkClient client =
          JdkClient.connect(URI.create("ws://127.0.0.1:" + server.actualPort() + "/"));
      client.send("lobby");

      assertEquals(CLOSES.roomFull("lobby"), client.closed());
      assertTrue(refused.get(10, TimeUnit.SECONDS) instanceof IllegalArgumentException);
    } finally {
      server.close().await(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void theClientRecordsTheServersTypedClose() throws Exception {
    HttpServer server = server(new CompletableFuture<>());
    try {
      WebSocket webSocket =
          vertx
              .createWebSocketClient()
              .connect(server.actualPort(), "127.0.0.1", "/")
              .await(10, TimeUnit.SECONDS);
      CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
      webSocket.closeHandler(done -> closed.complete(VertxCloses.received(webSocket)));
      webSocket.writeTextMessage("lobby");

      assertEquals(CLOSES.roomFull("lobby"), closed.get(10, TimeUnit.SECONDS));
    } finally {
      server.close().await(10, TimeUnit.SECONDS);
    }
  }
}
