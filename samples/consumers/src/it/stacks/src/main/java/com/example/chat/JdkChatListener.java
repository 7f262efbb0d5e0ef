package com.example.chat;

import dev.closecodes.runtime.CloseEvent;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The JDK's client takes and reports (int, String): no adapter needed. */
public class JdkChatListener implements WebSocket.Listener {

  /** How the connection ended; completed once. */
  public final CompletableFuture<CloseEvent> closed = new CompletableFuture<>();

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(CloseEvent.received(statusCode, reason, true));
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.complete(CloseEvent.abnormalClosure()); // no close frame: 1006, not clean
  }
}
