package com.example.chat;

import dev.closecodes.jakarta.JakartaCloses;
import dev.closecodes.runtime.CloseEvent;
import jakarta.websocket.ClientEndpoint;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import java.io.IOException;

/** Jakarta WebSocket (a client endpoint here; a @ServerEndpoint is written the same way). */
@ClientEndpoint
public class JakartaChatEndpoint {

  private static final ChatCloses CLOSES = new ChatCloseEvents();

  @OnMessage
  public void onMessage(String room, Session session) throws IOException {
    JakartaCloses.close(session, CLOSES.roomFull(room)); // once: a second close sends nothing
  }

  @OnClose
  public void onClose(CloseReason reason) {
    CloseEvent event = JakartaCloses.received(reason);
    System.out.println("closed: " + event);
  }

  /** A generated constant as Jakarta's own CloseReason.CloseCode. */
  static CloseReason roomFull(String room) {
    return new CloseReason(JakartaCloses.code(ChatCloseCode.ROOM_FULL), "Room " + room + " is full");
  }
}
