package dev.closecodes.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import dev.closecodes.testing.RawWebSocket;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OkHttp's WebSocket client against a real Jetty server on loopback. */
class OkHttpClosesTest {

  private static JettyServer server;
  private static OkHttpClient client;

  @BeforeAll
  static void start() throws Exception {
    server = new JettyServer();
    client = new OkHttpClient();
  }

  @AfterAll
  static void stop() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    server.close();
  }

  private static final class Connection extends CloseEventListener {
    final CompletableFuture<WebSocket> open = new CompletableFuture<>();
    final CompletableFuture<CloseEvent> closed = new CompletableFuture<>();

    @Override
    public void onOpen(WebSocket webSocket, okhttp3.Response response) {
      open.complete(webSocket);
    }

    @Override
    protected void onCloseEvent(WebSocket webSocket, CloseEvent event) {
      closed.complete(event);
    }

    WebSocket socket() throws Exception {
      return open.get(10, TimeUnit.SECONDS);
    }

    CloseEvent event() throws Exception {
      return closed.get(10, TimeUnit.SECONDS);
    }
  }

  private static Connection connect(String name) {
    Connection connection = new Connection();
    client.newWebSocket(
        new Request.Builder().url(server.uri() + "?client=" + name).build(), connection);
    return connection;
  }

  @Test
  void serverCloseArrivesTyped() throws Exception {
    Connection connection = connect("serverClose");
    connection.socket().send("full lobby");

    CloseEvent closed = connection.event();

    assertEquals(4002, closed.code());
    assertEquals("Room lobby is full", closed.reason());
    assertEquals(Optional.of(TestCloseCode.ROOM_FULL), closed.closeCode());
  }

  @Test
  void clientClosesWithAGeneratedCode() throws Exception {
    Connection connection = connect("clientClose");

    OkHttpCloses.close(connection.socket(), new TestCloseEvents().leaving());

    CloseEvent atServer = server.received("clientClose").get(10, TimeUnit.SECONDS);
    assertEquals(CloseEvent.of(TestCloseCode.LEAVING), atServer);
    assertEquals(Optional.of(TestCloseCode.LEAVING), atServer.closeCode());
    assertEquals(4010, connection.event().code(), "the server echoes the code");
  }

  @Test
  void anEmptyCloseFrameIsNoStatusAndADroppedOrResetConnectionIsAbnormal() throws Exception {
    RawWebSocket.Client recording =
        uri -> {
          Connection connection = new Connection();
          client.newWebSocket(new Request.Builder().url(uri.toString()).build(), connection);
          connection.socket();
          return connection.closed;
        };
    assertEquals(CloseEvent.received(1005, "", true), RawWebSocket.emptyCloseRecordedBy(recording));
    for (CloseEvent dropped : RawWebSocket.endingsRecordedBy(recording)) {
      assertEquals(1006, dropped.code());
      assertFalse(dropped.wasClean());
    }
  }

  @Test
  void connectionThatDropsIsAbnormalClosure() throws Exception {
    Connection connection = connect("drop");
    connection.socket().send("drop");

    CloseEvent closed = connection.event();

    assertEquals(StandardCloseCode.ABNORMAL_CLOSURE.code(), closed.code());
    assertFalse(closed.wasClean());
  }

  @Test
  void codesThatMayNotBeSentAreRefusedBeforeAnythingIsSent() throws Exception {
    Connection connection = connect("refused");
    CloseEvent abnormal = CloseEvent.received(1006, "", false);

    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> OkHttpCloses.close(connection.socket(), abnormal));

    assertEquals(
        "close code 1006 (Abnormal Closure) may not be sent: Reported when a connection"
            + " ended without a close frame; never sent.",
        refused.getMessage());
    connection.socket().send("full still-open");
    assertEquals(4002, connection.event().code(), "the connection was still open");
  }
}
