package dev.closecodes.okhttp;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * An OkHttp listener that reports how the connection ended as one typed {@link CloseEvent}, as a
 * browser does: the peer's code and reason once the closing handshake completes, or 1006 with
 * {@code wasClean} false when the connection fails without one. It answers the peer's close frame
 * with the same code (1000 where the peer sent none).
 */
public abstract class CloseEventListener extends WebSocketListener {

  private final AtomicBoolean reported = new AtomicBoolean();

  /**
   * Called once when the connection has ended.
   *
   * @param webSocket the connection
   * @param event how it ended, typed through {@code CloseCodeRegistry} where the code is known
   */
  protected abstract void onCloseEvent(WebSocket webSocket, CloseEvent event);

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    boolean echo = code != StandardCloseCode.NO_STATUS_RECEIVED.code();
    webSocket.close(echo ? code : StandardCloseCode.NORMAL_CLOSURE.code(), null);
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    report(webSocket, CloseEvent.received(code, reason, true));
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
    report(webSocket, CloseEvent.abnormalClosure());
  }

  private void report(WebSocket webSocket, CloseEvent event) {
    if (reported.compareAndSet(false, true)) {
      onCloseEvent(webSocket, event);
    }
  }
}
