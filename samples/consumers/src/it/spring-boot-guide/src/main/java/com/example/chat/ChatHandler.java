package com.example.chat;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.spring.SpringCloses;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** Closes a connection that asks for a room with "room full". */
@Component
public class ChatHandler extends TextWebSocketHandler {

  private final ChatCloses closes;

  public ChatHandler(ChatCloses closes) { // ChatCloseEvents, registered by the starter
    this.closes = closes;
  }

  @Override
  protected void handleTextMessage(WebSocketSession session, TextMessage message)
      throws IOException {
    // Messages keep arriving until the client answers the close; a second close sends nothing.
    SpringCloses.close(session, closes.roomFull(message.getPayload()));
  }

  @Override
  public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
    CloseEvent event = SpringCloses.received(status);
    System.out.println("closed: " + event);
  }
}
