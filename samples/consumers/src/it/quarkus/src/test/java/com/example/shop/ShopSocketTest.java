package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.quarkus.QuarkusCloses;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.JdkClient;
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
 * The application's real server on loopback against the JDK client and Quarkus' own client. The
 * contract runs on both sides in {@link QuarkusServerContractTest} and {@link
 * QuarkusClientContractTest}.
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
