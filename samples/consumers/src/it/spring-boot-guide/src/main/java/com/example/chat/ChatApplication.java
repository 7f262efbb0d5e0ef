package com.example.chat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

@SpringBootApplication
@EnableWebSocket
public class ChatApplication implements WebSocketConfigurer {

  private final ChatHandler handler;

  public ChatApplication(ChatHandler handler) {
    this.handler = handler;
  }

  public static void main(String[] args) {
    SpringApplication.run(ChatApplication.class, args);
  }

  @Override
  public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
    registry.addHandler(handler, "/chat");
  }
}
