package dev.closecodes.spring.boot.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closecodes.micrometer.CloseMetrics;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.spring.SpringCloses;
import dev.closecodes.testing.JdkClient;
import dev.closecodes.testing.RawWebSocket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
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
              if (SpringCloses.close(session, expired)) {
                metrics.sent(expired);
              }
            }
          },
          "/shop");
    }
  }

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

  /** How many closes with 4301 the application counted as sent. */
  private double sent() {
    return meters
        .find(CloseMetrics.NAME)
        .tags("code", "4301", "direction", "sent")
        .counters()
        .stream()
        .mapToDouble(Counter::count)
        .sum();
  }
}
