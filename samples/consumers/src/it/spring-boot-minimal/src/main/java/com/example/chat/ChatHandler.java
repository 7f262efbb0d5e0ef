package com.example.chat;

import dev.closecodes.spring.SpringCloses;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

@Component
public class ChatHandler extends TextWebSocketHandler {

  private final ChatCloses closes;

  public ChatHandler(ChatCloses closes) {
    this.closes = closes;
  }

  @Override
  protected void handleTextMessage(WebSocketSession session, TextMessage message)
      throws IOException {
    // Messages keep arriving until the client answers the close: close once.
    if (session.isOpen()) {
      session.close(SpringCloses.status(closes.roomFull(message.getPayload())));
    }
  }
}
