package dev.closecodes.jakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import dev.closecodes.testing.JdkClient;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Jakarta WebSocket endpoint on Jetty 12 (ee10) on loopback, and the JDK's client. */
class JakartaClosesTest {

  private static final ShopCloses CLOSES = new ShopCloseEvents();
  private static final LinkedBlockingQueue<CloseEvent> RECEIVED = new LinkedBlockingQueue<>();
  private static Server server;
  private static URI uri;

  /** The standard API's annotated endpoint; Jakarta instantiates it per connection. */
  @ServerEndpoint("/ws")
  public static final class ShopEndpoint {
    @OnMessage
    public void onMessage(Session session, String message) throws IOException {
      if (message.startsWith("expire ")) {
        session.close(JakartaCloses.toStack(CLOSES.cartExpired(message.substring(7))));
      } else if (message.equals("checkout")) {
        // The generated enum is a Jakarta CloseCode: the API takes it directly.
        session.close(
            new CloseReason(JakartaCloses.code(ShopCloseCode.CHECKED_OUT), "Checked out"));
      }
    }

    @OnClose
    public void onClose(CloseReason reason) {
      RECEIVED.add(JakartaCloses.received(reason));
    }
  }

  @BeforeAll
  static void start() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    server.setHandler(context);
    JakartaWebSocketServletContainerInitializer.configure(
        context, (servletContext, container) -> container.addEndpoint(ShopEndpoint.class));
    server.start();
    uri = URI.create("ws://127.0.0.1:" + connector.getLocalPort() + "/ws");
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  /** Each test waits for the closes it causes; a leftover of a failed one is dropped. */
  @BeforeEach
  void forgetEarlierCloses() {
    RECEIVED.clear();
  }

  @Test
  void endpointClosesWithAGeneratedCode() throws Exception {
    JdkClient client = JdkClient.connect(uri);
    client.send("expire c-17");

    CloseEvent closed = client.closed();

    assertEquals(CloseEvent.of(ShopCloseCode.CART_EXPIRED, "Cart c-17 expired"), closed);
    assertEquals(Optional.of(ShopCloseCode.CART_EXPIRED), closed.closeCode());
    assertEquals(
        ShopCloseCode.CART_EXPIRED.code(),
        RECEIVED.poll(10, TimeUnit.SECONDS).code(),
        "the server's own close");
  }

  @Test
  void aGeneratedCodeBecomesAJakartaCloseCode() throws Exception {
    JdkClient client = JdkClient.connect(uri);
    client.send("checkout");

    assertEquals(CloseEvent.of(ShopCloseCode.CHECKED_OUT), client.closed());
    assertEquals(4201, RECEIVED.poll(10, TimeUnit.SECONDS).code(), "the server's own close");
    assertEquals(4201, JakartaCloses.code(ShopCloseCode.CHECKED_OUT).getCode());
    assertEquals(4201, JakartaCloses.toStack(CLOSES.checkedOut()).getCloseCode().getCode());
    assertSame(CloseReason.CloseCodes.GOING_AWAY, JakartaCloses.code(StandardCloseCode.GOING_AWAY));
    assertEquals(
        List.of(CloseCode.class),
        List.of(ShopCloseCode.class.getInterfaces()),
        "the enum needs no Jakarta at run time");
  }

  @Test
  void endpointReadsTheClientsCloseTyped() throws Exception {
    CloseEvent sent = CLOSES.checkedOut();
    JdkClient.connect(uri).close(sent);

    CloseEvent atServer = RECEIVED.poll(10, TimeUnit.SECONDS);

    assertEquals(sent, atServer);
    assertEquals(Optional.of(ShopCloseCode.CHECKED_OUT), atServer.closeCode());
  }

  @Test
  void abnormalClosureIsNotCleanAndCannotBeSent() {
    CloseEvent abnormal =
        JakartaCloses.received(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, null));

    assertEquals(1006, abnormal.code());
    assertFalse(abnormal.wasClean());
    assertThrows(IllegalArgumentException.class, () -> JakartaCloses.toStack(abnormal));
  }

  @Test
  void receivedNeverThrows() {
    CloseEvent missing = JakartaCloses.received(null);
    CloseEvent noPhrase =
        JakartaCloses.received(new CloseReason(CloseReason.CloseCodes.NO_STATUS_CODE, null));

    assertEquals(1006, missing.code());
    assertFalse(missing.wasClean());
    assertEquals(1005, noPhrase.code());
    assertEquals("", noPhrase.reason());
  }
}
