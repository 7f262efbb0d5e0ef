package com.example.chat;

import dev.closecodes.javawebsocket.CloseStatusDraft;
import dev.closecodes.javawebsocket.JavaWebSocketCloses;
import dev.closecodes.runtime.CloseEvent;
import java.net.InetSocketAddress;
import java.util.List;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/** Java-WebSocket: every connection gets the draft that notes an empty close frame. */
public class JavaWebSocketChatServer extends WebSocketServer {

  private static final ChatCloses CLOSES = new ChatCloseEvents();

  public JavaWebSocketChatServer(InetSocketAddress address) {
    super(address, List.of(new CloseStatusDraft()));
  }

  @Override
  public void onMessage(WebSocket connection, String room) {
    JavaWebSocketCloses.close(connection, CLOSES.roomFull(room));
  }

  @Override
  public void onClose(WebSocket connection, int code, String reason, boolean remote) {
    CloseEvent event = JavaWebSocketCloses.received(connection, code, reason);
    System.out.println("closed: " + event);
  }

  @Override
  public void onOpen(WebSocket connection, ClientHandshake handshake) {}

  @Override
  public void onError(WebSocket connection, Exception error) {}

  @Override
  public void onStart() {}
}
