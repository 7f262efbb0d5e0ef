package dev.closecodes.spring.boot.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.micrometer.CloseMetrics;
import dev.closecodes.spring.SpringCloses;
import dev.closecodes.testing.JdkClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * from the injected events bean, counted by the auto-configured metrics, and its bindings are
 * served at {@code /closecodes/}. In a package of its own, as an application is, so that its
 * component scan does not find the auto-configuration's classes.
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
              session.close(
                  SpringCloses.toStack(metrics.sent(closes.cartExpired(message.getPayload()))));
            }
          },
          "/shop");
    }
  }

  @LocalServerPort int port;
  @Autowired ShopCloses closes;
  @Autowired MeterRegistry meters;

  @Test
  void theEndpointClosesWithAnInjectedEventAndCountsIt() {
    JdkClient client = JdkClient.connect(URI.create("ws://127.0.0.1:" + port + "/shop"));
    client.send("c-9");

    assertEquals(closes.cartExpired("c-9"), client.closed());
    assertEquals(
        1.0,
        meters.get(CloseMetrics.NAME).tags("code", "4301", "direction", "sent").counter().count());
  }

  @Test
  void theBindingsAreServedAsWritten() throws Exception {
    for (String file : new String[] {"shop.js", "shop.d.ts", "shop.ts", "shop.json", "shop.md"}) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/closecodes/" + file))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertEquals(200, response.statusCode(), file);
      assertEquals(resource("META-INF/closecodes/" + file), response.body(), file);
    }
    String js =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/closecodes/shop.js"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .headers()
            .firstValue("Content-Type")
            .orElseThrow();
    assertTrue(js.startsWith("text/javascript"), js);
  }

  private static String resource(String name) throws Exception {
    try (InputStream in = ShopApplicationTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
