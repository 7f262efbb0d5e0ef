package dev.closecodes.testing;

import dev.closecodes.runtime.CloseEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's WebSocket client as the other side of an adapter's test: it sends text and closes, and
 * reports how its connection ended as a typed event (1006, not clean, without a close frame).
 */
public final class JdkClient implements WebSocket.Listener {

  private static final long TIMEOUT_SECONDS = 10;

  private final CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
  private final WebSocket webSocket;

  private JdkClient(URI uri) {
    webSocket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(uri, this)
            .orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .join();
  }

  /** Connects to {@code uri}. */
  public static JdkClient connect(URI uri) {
    return new JdkClient(uri);
  }

  /** Sends a text message and waits until it is sent. */
  public void send(String text) {
    webSocket.sendText(text, true).orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
  }

  /** Starts the closing handshake with {@code event}'s code and reason. */
  public void close(CloseEvent event) {
    webSocket
        .sendClose(event.code(), event.reason())
        .orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .join();
  }

  /** Waits until the connection has ended. */
  public CloseEvent closed() {
    return closed.orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(CloseEvent.received(statusCode, reason, true));
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.complete(CloseEvent.abnormalClosure());
  }
}
