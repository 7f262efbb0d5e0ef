package com.example.chat;

import dev.closecodes.runtime.CloseEvent;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** Jetty 12's own API takes (int, String), which an event supplies: no adapter needed. */
public class JettyChatEndpoint implements Session.Listener.AutoDemanding {

  private static final ChatCloses CLOSES = new ChatCloseEvents();
  private Session session;

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
  }

  @Override
  public void onWebSocketText(String room) {
    CloseEvent event = CLOSES.roomFull(room);
    session.close(event.code(), event.reason(), Callback.NOOP);
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason, Callback callback) {
    CloseEvent event = CloseEvent.received(statusCode, reason);
    System.out.println("Jetty: closed " + event.code());
    callback.succeed();
  }
}
