package com.example.shop;

import dev.closecodes.micrometer.CloseMetrics;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.spring.SpringCloses;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.TextWebSocketHandler;

@SpringBootApplication
@EnableWebSocket
public class ShopApplication implements WebSocketConfigurer {

  /** The session attribute that marks a close this side started, counted once as sent. */
  private static final String CLOSE_SENT = "shop.closeSent";

  private final ShopCloses closes;
  private final CloseMetrics metrics;

  public ShopApplication(ShopCloses closes, CloseMetrics metrics) {
    this.closes = closes;
    this.metrics = metrics;
  }

  public static void main(String[] args) {
    SpringApplication.run(ShopApplication.class, args);
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
          }
        },
        "/shop");
  }
}
