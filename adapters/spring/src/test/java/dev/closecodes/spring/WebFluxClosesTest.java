package dev.closecodes.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.JdkClient;
import dev.closecodes.testing.RawWebSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.reactive.socket.server.upgrade.ReactorNettyRequestUpgradeStrategy;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Spring WebFlux on Reactor Netty over loopback: its server against the JDK client and a raw peer,
 * its client against its server and a raw peer that sends an empty close frame or drops the
 * connection.
 */
class WebFluxClosesTest {

  private static final PaymentCloses CLOSES = new PaymentCloseEvents();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** How each connection to the server ended, and what it refused to send. */
  private static final LinkedBlockingQueue<Object> AT_SERVER = new LinkedBlockingQueue<>();

  private static DisposableServer server;

  /** A WebFlux server that closes a connection that sends a payment id. */
  @BeforeAll
  static void start() {
    HandshakeWebSocketService webSockets =
        new HandshakeWebSocketService(new ReactorNettyRequestUpgradeStrategy());
    server =
        HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .handle(
                new ReactorHttpHandlerAdapter(
                    WebHttpHandlerBuilder.webHandler(
                            exchange ->
                                webSockets.handleRequest(exchange, WebFluxClosesTest::serve))
                        .build()))
            .bindNow(TIMEOUT);
  }

  private static Mono<Void> serve(WebSocketSession session) {
    WebFluxCloses.closed(session).subscribe(AT_SERVER::add);
    return session
        .receive()
        .flatMap(
            message -> {
              try {
                WebFluxCloses.status(CloseEvent.received(1006, "", false));
              } catch (IllegalArgumentException refused) {
                AT_SERVER.add(refused);
              }
              return session.close(
                  WebFluxCloses.status(CLOSES.declined(message.getPayloadAsText())));
            })
        .then();
  }

  @AfterAll
  static void stop() {
    server.disposeNow(TIMEOUT);
  }

  private static URI uri() {
    return URI.create("ws://127.0.0.1:" + server.port() + "/");
  }

  private static Object atServer() throws InterruptedException {
    return AT_SERVER.poll(10, TimeUnit.SECONDS);
  }

  @Test
  void theServerClosesWithATypedEventAndRefusesWhatMayNotBeSent() throws Exception {
    AT_SERVER.clear();
    JdkClient client = JdkClient.connect(uri());
    client.send("p-17");

    assertEquals(CLOSES.declined("p-17"), client.closed());
    Object refused = atServer();
    assertEquals(IllegalArgumentException.class, refused.getClass());
    assertEquals(CLOSES.declined("p-17"), atServer());
  }

  /** The WebFlux client's session, as {@link WebFluxCloses#closed} records its end. */
  private static CompletableFuture<CloseEvent> clientSession(
      URI uri, java.util.function.Function<WebSocketSession, Mono<Void>> then) {
    CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
    new ReactorNettyWebSocketClient()
        .execute(
            uri,
            session ->
                WebFluxCloses.closed(session).doOnNext(closed::complete).and(then.apply(session)))
        .subscribe(null, error -> closed.completeExceptionally(error));
    return closed;
  }

  @Test
  void theClientRecordsTheServersTypedClose() throws Exception {
    CompletableFuture<CloseEvent> closed =
        clientSession(uri(), session -> session.send(Mono.just(session.textMessage("p-18"))));

    assertEquals(CLOSES.declined("p-18"), closed.get(10, TimeUnit.SECONDS));
  }

  @Test
  void theClientRecordsAnEmptyCloseFrameAsNoStatusAndADroppedConnectionAsAbnormal()
      throws Exception {
    RawWebSocket.Client recording = uri -> clientSession(uri, session -> Mono.never());
    assertEquals(CloseEvent.received(1005, "", true), RawWebSocket.emptyCloseRecordedBy(recording));
    for (CloseEvent dropped : RawWebSocket.endingsRecordedBy(recording)) {
      assertEquals(1006, dropped.code());
      assertFalse(dropped.wasClean());
    }
  }

  @Test
  void theServerRecordsAnEmptyCloseFrameAndADroppedConnection() throws Exception {
    AT_SERVER.clear();
    RawWebSocket.connect(uri()).sendEmptyClose();
    assertEquals(CloseEvent.received(1005, "", true), atServer());

    RawWebSocket.connect(uri()).drop();
    CloseEvent dropped = (CloseEvent) atServer();
    assertEquals(1006, dropped.code());
    assertFalse(dropped.wasClean());
  }

  @Test
  void whatAStatusSaysIsRecordedWithoutThrowing() {
    assertEquals(1006, WebFluxCloses.received(null).code());
    assertEquals(
        CloseEvent.received(1005, "", true), WebFluxCloses.received(CloseStatus.NO_STATUS_CODE));
    assertFalse(WebFluxCloses.received(new CloseStatus(1015, "tls")).wasClean());
    assertEquals(
        "x".repeat(200), WebFluxCloses.received(new CloseStatus(4000, "x".repeat(200))).reason());
    assertThrows(
        IllegalArgumentException.class,
        () -> WebFluxCloses.status(CloseEvent.received(4000, "x".repeat(200), true)));
  }
}
