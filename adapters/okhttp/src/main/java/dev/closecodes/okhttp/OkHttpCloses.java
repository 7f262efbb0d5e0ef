package dev.closecodes.okhttp;

import dev.closecodes.runtime.CloseEvent;
import okhttp3.WebSocket;

/** Sends typed close events over OkHttp's {@link WebSocket}. */
public final class OkHttpCloses {

  private OkHttpCloses() {}

  /**
   * Starts the closing handshake with {@code event}'s code and reason.
   *
   * @param webSocket the connection
   * @param event the close to send, from a generated factory or {@code CloseEvent.of}
   * @return what OkHttp returns: false when the connection is already closing or closed
   * @throws IllegalArgumentException if the event may not be sent (1005, 1006, 1015, ...); nothing
   *     is sent
   */
  public static boolean close(WebSocket webSocket, CloseEvent event) {
    event.requireSendable();
    return webSocket.close(event.code(), event.reasonOrNull());
  }
}
