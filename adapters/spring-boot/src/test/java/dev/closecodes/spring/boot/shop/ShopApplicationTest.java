package dev.closecodes.spring.boot.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.closecodes.micrometer.CloseMetrics;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.spring.SpringCloses;
import dev.closecodes.testing.JdkClient;
import dev.closecodes.testing.RawWebSocket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * A Spring Boot application on a real server and port: its WebSocket endpoint closes with an event
 * from the injected events bean, counted by the auto-configured metrics. In a package of its own,
 * as an application is, so that its component scan does not find the auto-configuration's classes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShopApplicationTest {

  @SpringBootApplication
  @EnableWebSocket
  static class ShopApplication implements WebSocketConfigurer {
    /** The session attribute that marks a close this side started, counted once as sent. */
    private static final String CLOSE_SENT = "shop.closeSent";

    @Autowired ShopCloses closes;
    @Autowired CloseMetrics metrics;

    @Bean
    static MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
      registry.addHandler(
          new TextWebSocketHandler() {
            @Override
            protected void handleTextMessage(WebSocketSession session, TextMessage message)
                throws Exception {
              // Messages keep arriving until the client answers the close: count it once.
              CloseEvent expired = closes.cartExpired(message.getPayload());
              // Marked first: Tomcat ends the session from inside close().
              session.getAttributes().put(CLOSE_SENT, expired);
              if (SpringCloses.close(session, expired)) {
                metrics.sent(expired);
              }
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
              // Counted as sent if this side started the close: the peer's answer is not another.
              if (!session.getAttributes().containsKey(CLOSE_SENT)) {
                metrics.received(SpringCloses.received(status));
              }
              ended.add(status.getCode() + " " + status.getReason());
            }
          },
          "/shop");
    }
  }

  /** The statuses of the sessions whose end the handler has seen, for the tests to wait on. */
  static final BlockingQueue<String> ended = new LinkedBlockingQueue<>();

  @LocalServerPort int port;
  @Autowired ShopCloses closes;
  @Autowired MeterRegistry meters;

  @Test
  void theEndpointClosesWithAnInjectedEventAndCountsIt() throws InterruptedException {
    double before = sent();
    JdkClient client = JdkClient.connect(URI.create("ws://127.0.0.1:" + port + "/shop"));
    client.send("c-9");

    assertEquals(closes.cartExpired("c-9"), client.closed());
    // Counted once close() has returned, which may be just after the client has the frame.
    for (int i = 0; i < 100 && sent() == before; i++) {
      Thread.sleep(50);
    }
    assertEquals(before + 1, sent());
  }

  @Test
  void aClientThatKeepsSendingAfterTheCloseGetsOneCloseCountedOnce() throws Exception {
    double before = sent();
    try (RawWebSocket client =
        RawWebSocket.connect(URI.create("ws://127.0.0.1:" + port + "/shop"))) {
      for (int i = 0; i < 10; i++) {
        client.sendText("c-" + i);
      }
      assertEquals(closes.cartExpired("c-0"), client.awaitClose());
      for (int i = 10; i < 20; i++) {
        client.sendText("c-" + i);
      }
      client.sendClose(new byte[] {0x10, (byte) 0xCD});
      // The server ends the connection once it has handled every message before the answer.
      assertEquals(1006, client.awaitClose().code());
    }

    assertEquals(before + 1, sent());
  }

  @Test
  void aCloseTheServerStartsIsCountedOnceAsSent() throws Exception {
    double before = sent();
    double receivedBefore = counted(4301, "received");
    JdkClient client = JdkClient.connect(URI.create("ws://127.0.0.1:" + port + "/shop"));
    client.send("c-1");

    assertEquals(closes.cartExpired("c-1"), client.closed());
    // The JDK client answers the close with the same status, which ends the session.
    awaitEnded("4301 Cart c-1 expired");

    assertEquals(before + 1, sent());
    assertEquals(receivedBefore, counted(4301, "received"), "the client's answer is no close");
  }

  @Test
  void aCloseTheClientStartsIsCountedOnceAsReceived() throws Exception {
    double before = counted(1000, "received");
    JdkClient client = JdkClient.connect(URI.create("ws://127.0.0.1:" + port + "/shop"));

    client.close(CloseEvent.of(1000, "bye"));

    awaitEnded("1000 bye");
    assertEquals(before + 1, counted(1000, "received"));
    assertEquals(0, counted(1000, "sent"), "the server's answer is no close of its own");
  }

  /** Waits until the handler has seen a session end with {@code status}, after it counted. */
  private static void awaitEnded(String status) throws InterruptedException {
    for (String seen = ""; !seen.equals(status); ) {
      seen = ended.poll(10, TimeUnit.SECONDS);
      assertNotNull(seen, "no session ended with " + status);
    }
  }

  /** How many closes with 4301 the application counted as sent. */
  private double sent() {
    return counted(4301, "sent");
  }

  private double counted(int code, String direction) {
    return meters
        .find(CloseMetrics.NAME)
        .tags("code", Integer.toString(code), "direction", direction)
        .counters()
        .stream()
        .mapToDouble(Counter::count)
        .sum();
  }
}
