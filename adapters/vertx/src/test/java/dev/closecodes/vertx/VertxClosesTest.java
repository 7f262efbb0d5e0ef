package dev.closecodes.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.JdkClient;
import dev.closecodes.testing.RawWebSocket;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Vert.x 5's WebSocket server and client over loopback, against each other, the JDK client and a
 * raw peer that sends an empty close frame or drops the connection.
 */
class VertxClosesTest {

  private static final LobbyCloses CLOSES = new LobbyCloseEvents();
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
          client.connect(server.actualPort(), "127.0.0.1", "/").await(10, TimeUnit.SECONDS);
      CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
      VertxCloses.onClose(webSocket, closed::complete);
      webSocket.writeTextMessage("lobby");

      assertEquals(CLOSES.roomFull("lobby"), closed.get(10, TimeUnit.SECONDS));
    } finally {
      server.close().await(10, TimeUnit.SECONDS);
    }
  }

  /** A Vert.x client connected to {@code peer}, completing the future with how it closed. */
  private static WebSocket client(URI peer, CompletableFuture<CloseEvent> closed) throws Exception {
    WebSocket webSocket =
        client.connect(peer.getPort(), peer.getHost(), "/").await(10, TimeUnit.SECONDS);
    VertxCloses.onClose(webSocket, closed::complete);
    return webSocket;
  }

  /** The client as the raw peer's tests connect it. */
  private static CompletableFuture<CloseEvent> recordingClient(URI peer) throws Exception {
    CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
    client(peer, closed);
    return closed;
  }

  @Test
  void theClientRecordsAnEmptyCloseFrameAsNoStatus() throws Exception {
    assertEquals(
        CloseEvent.received(1005, "", true),
        RawWebSocket.emptyCloseRecordedBy(VertxClosesTest::recordingClient));
  }

  @Test
  void theClientRecordsADroppedOrResetConnectionAsAbnormal() throws Exception {
    for (CloseEvent event : RawWebSocket.endingsRecordedBy(VertxClosesTest::recordingClient)) {
      assertEquals(1006, event.code());
      assertFalse(event.wasClean());
    }
  }

  @Test
  void theServerRecordsAnEmptyCloseFrameAndADroppedConnection() throws Exception {
    List<CompletableFuture<CloseEvent>> closes =
        List.of(new CompletableFuture<>(), new CompletableFuture<>(), new CompletableFuture<>());
    AtomicInteger connections = new AtomicInteger();
    HttpServer server =
        vertx
            .createHttpServer()
            .webSocketHandler(
                webSocket -> {
                  CompletableFuture<CloseEvent> closed = closes.get(connections.getAndIncrement());
                  VertxCloses.onClose(webSocket, closed::complete);
                })
            .listen(0, "127.0.0.1")
            .await(10, TimeUnit.SECONDS);
    try {
      URI uri = URI.create("ws://127.0.0.1:" + server.actualPort() + "/");
      RawWebSocket.connect(uri).sendEmptyClose();
      assertEquals(CloseEvent.received(1005, "", true), closes.get(0).get(10, TimeUnit.SECONDS));

      RawWebSocket.connect(uri).drop();
      CloseEvent dropped = closes.get(1).get(10, TimeUnit.SECONDS);
      assertEquals(1006, dropped.code());
      assertFalse(dropped.wasClean());

      RawWebSocket.connect(uri).reset();
      CloseEvent reset = closes.get(2).get(10, TimeUnit.SECONDS);
      assertEquals(1006, reset.code());
      assertFalse(reset.wasClean());
    } finally {
      server.close().await(10, TimeUnit.SECONDS);
    }
  }
}
