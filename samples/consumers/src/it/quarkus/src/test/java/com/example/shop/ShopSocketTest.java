package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.quarkus.QuarkusCloses;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import dev.closecodes.testing.JdkClient;
import dev.closecodes.testing.RawWebSocket;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketClientConnection;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application's real server on loopback, against the JDK client, Quarkus' own client and a raw
 * peer; and Quarkus' client against the raw peer.
 */
@QuarkusTest
class ShopSocketTest {

  private static final ShopCloses CLOSES = new ShopCloseEvents();

  @TestHTTPResource("/shop")
  URI http;

  private URI webSocket() {
    return URI.create(http.toString().replaceFirst("^http", "ws"));
  }

  private static CloseEvent atServer() throws InterruptedException {
    CloseEvent event = ShopSocket.CLOSED.poll(10, TimeUnit.SECONDS);
    if (event == null) {
      throw new AssertionError("the server recorded no close");
    }
    return event;
  }

  @BeforeEach
  void forgetEarlierCloses() {
    ShopSocket.CLOSED.clear();
  }

  @Test
  void theServerClosesWithATypedEvent() throws Exception {
    JdkClient client = JdkClient.connect(webSocket());
    client.send("c-5");

    assertEquals(CLOSES.cartExpired("c-5"), client.closed());
    // What the server then receives is the client's answer: the code, without the reason.
    assertEquals(CloseEvent.received(4301, "", true), atServer());
  }

  @Test
  void theClientsCloseIsRecordedAsSent() throws Exception {
    CloseEvent goingAway = CloseEvent.of(StandardCloseCode.GOING_AWAY, "Tab closed");
    JdkClient client = JdkClient.connect(webSocket());
    client.close(goingAway);

    assertEquals(goingAway, atServer());
  }

  /** Quarkus reports it as 1000 and shows no frame that would tell the two apart. */
  @Test
  void anEmptyCloseFrameIsReportedByQuarkusAsNormalClosure() throws Exception {
    RawWebSocket.connect(webSocket()).sendEmptyClose();

    assertEquals(CloseEvent.received(1000, "", true), atServer());
  }

  @Test
  void aDroppedOrResetConnectionIsAbnormalAndNotClean() throws Exception {
    RawWebSocket.connect(webSocket()).drop();
    CloseEvent dropped = atServer();
    assertEquals(1006, dropped.code());
    assertFalse(dropped.wasClean());

    RawWebSocket.connect(webSocket()).reset();
    CloseEvent reset = atServer();
    assertEquals(1006, reset.code());
    assertFalse(reset.wasClean());
  }

  /** A Quarkus client connection to {@code uri}, completing the future with how it closed. */
  private static WebSocketClientConnection client(URI uri, CompletableFuture<CloseEvent> closed) {
    return BasicWebSocketConnector.create()
        .baseUri(uri)
        .onClose((connection, reason) -> closed.complete(QuarkusCloses.received(reason)))
        .connectAndAwait();
  }

  @Test
  void theClientRecordsTheServersTypedClose() throws Exception {
    CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
    client(webSocket(), closed).sendTextAndAwait("c-6");

    assertEquals(CLOSES.cartExpired("c-6"), closed.get(10, TimeUnit.SECONDS));
  }

  @Test
  void theClientClosesWithATypedEvent() throws Exception {
    try (RawWebSocket.Server peer = new RawWebSocket.Server()) {
      CompletableFuture<RawWebSocket> accepted = peer.accept();
      WebSocketClientConnection connection = client(peer.uri(), new CompletableFuture<>());
      QuarkusCloses.close(connection, CLOSES.cartExpired("c-8")).await().indefinitely();

      assertEquals(CLOSES.cartExpired("c-8"), accepted.get().awaitClose());
    }
  }

  @Test
  void theClientRecordsADroppedOrResetConnectionAsAbnormal() throws Exception {
    RawWebSocket.Client recording =
        uri -> {
          CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
          client(uri, closed);
          return closed;
        };
    for (CloseEvent event : RawWebSocket.endingsRecordedBy(recording)) {
      assertEquals(1006, event.code());
      assertFalse(event.wasClean());
    }
  }

  @Test
  void whatMayNotBeSentIsRefusedAndWhatArrivesIsRecorded() {
    assertThrows(
        IllegalArgumentException.class,
        () -> QuarkusCloses.toStack(CloseEvent.received(5000, "", true)));
    assertThrows(
        IllegalArgumentException.class,
        () -> QuarkusCloses.toStack(CloseEvent.received(4000, "x".repeat(200), true)));
    assertEquals(1006, QuarkusCloses.received(null).code());
    assertEquals(CloseEvent.received(1006, "", false), QuarkusCloses.received(CloseReason.EMPTY));
    assertEquals(
        CloseEvent.received(1011, "", true), QuarkusCloses.received(new CloseReason(1011)));
    assertEquals(
        CloseEvent.received(4000, "x".repeat(200), true),
        QuarkusCloses.received(new CloseReason(4000, "x".repeat(200))));
  }
}
