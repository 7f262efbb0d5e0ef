package dev.closecodes.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.LoopbackJetty;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * Spring's WebSocket client (on Jetty's Jakarta client) against a Jetty 12 server on loopback:
 * closes sent and received as {@code CloseStatus}, typed on both sides.
 */
class SpringClosesTest {

  private static final PaymentCloses CLOSES = new PaymentCloseEvents();
  private static final LinkedBlockingQueue<CloseEvent> AT_SERVER = new LinkedBlockingQueue<>();
  private static LoopbackJetty server;
  private static String uri;

  /**
   * Closes a connection that sends a payment id; records the closes that clients start. Public:
   * Jetty calls the listener through method handles.
   */
  public static final class Endpoint implements Session.Listener.AutoDemanding {
    private Session session;
    private boolean closedByServer;

    @Override
    public void onWebSocketOpen(Session opened) {
      session = opened;
    }

    @Override
    public void onWebSocketText(String message) {
      CloseEvent event = CLOSES.declined(message);
      closedByServer = true;
      session.close(event.code(), event.reason(), Callback.NOOP);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
      if (!closedByServer) {
        AT_SERVER.add(CloseEvent.received(statusCode, reason, true));
      }
      callback.succeed();
    }
  }

  @BeforeAll
  static void start() throws Exception {
    server = new LoopbackJetty(requested -> new Endpoint());
    uri = server.uri().toString();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static final class Handler extends TextWebSocketHandler {
    final CompletableFuture<CloseEvent> closed = new CompletableFuture<>();

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
      closed.complete(SpringCloses.received(status));
    }
  }

  private static WebSocketSession connect(Handler handler) throws Exception {
    return connect(handler, uri);
  }

  private static WebSocketSession connect(Handler handler, String uri) throws Exception {
    return new StandardWebSocketClient().execute(handler, uri).get(10, TimeUnit.SECONDS);
  }

  @Test
  void serverCloseArrivesTyped() throws Exception {
    Handler handler = new Handler();
    connect(handler).sendMessage(new TextMessage("p-42"));

    CloseEvent closed = handler.closed.get(10, TimeUnit.SECONDS);

    assertEquals(CloseEvent.of(PaymentCloseCode.DECLINED, "Payment p-42 declined"), closed);
    assertEquals(Optional.of(PaymentCloseCode.DECLINED), closed.closeCode());
  }

  @Test
  void clientClosesWithAGeneratedCode() throws Exception {
    Handler handler = new Handler();

    connect(handler).close(SpringCloses.toStack(CLOSES.done()));

    CloseEvent atServer = AT_SERVER.poll(10, TimeUnit.SECONDS);
    assertEquals(CloseEvent.of(PaymentCloseCode.DONE), atServer);
    assertEquals(Optional.of(PaymentCloseCode.DONE), atServer.closeCode());
  }

  @Test
  void closeReportsWhetherThisCallStartedTheCloseSoItIsCountedOnce() throws Exception {
    WebSocketSession session = connect(new Handler());

    assertTrue(SpringCloses.close(session, CLOSES.done()));
    assertFalse(SpringCloses.close(session, CLOSES.done()), "already closing: nothing sent");

    assertEquals(CloseEvent.of(PaymentCloseCode.DONE), AT_SERVER.poll(10, TimeUnit.SECONDS));
  }

  @Test
  void abnormalClosureIsNotCleanAndCannotBeSent() {
    CloseEvent abnormal = SpringCloses.received(CloseStatus.NO_CLOSE_FRAME);

    assertEquals(1006, abnormal.code());
    assertFalse(abnormal.wasClean());
    assertThrows(IllegalArgumentException.class, () -> SpringCloses.toStack(abnormal));
  }

  @Test
  void receivedNeverThrowsAndKeepsWhatSpringReports() {
    String longReason = "x".repeat(200);

    CloseEvent local = SpringCloses.received(new CloseStatus(4001, longReason));
    CloseEvent missing = SpringCloses.received(null);
    CloseEvent noStatus = SpringCloses.received(CloseStatus.NO_STATUS_CODE);

    assertEquals(longReason, local.reason());
    assertThrows(IllegalArgumentException.class, () -> SpringCloses.toStack(local), "not sent on");
    assertEquals(1006, missing.code());
    assertFalse(missing.wasClean());
    assertEquals(1005, noStatus.code());
    assertEquals("", noStatus.reason());
  }
}
