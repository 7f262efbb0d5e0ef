package dev.closecodes.samples.chat;

import dev.closecodes.runtime.CloseEvent;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A chat member on the JDK's {@code java.net.http.WebSocket}: what the server says, and the close
 * it ends with, typed by the runtime's registry.
 */
final class JdkClient implements WebSocket.Listener, AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
  private final CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private final WebSocket webSocket;

  private JdkClient(URI endpoint, String name) {
    URI uri = URI.create(endpoint + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    this.webSocket =
        HTTP.newWebSocketBuilder()
            .connectTimeout(TIMEOUT)
            .buildAsync(uri, this)
            .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
            .join();
  }

  /** Connects as {@code name} and waits for the server's welcome. */
  static JdkClient connect(URI endpoint, String name) throws InterruptedException {
    JdkClient client = new JdkClient(endpoint, name);
    client.expect("welcome " + name);
    return client;
  }

  void send(String text) {
    webSocket.sendText(text, true).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
  }

  /** Waits for the next message and checks it. */
  void expect(String message) throws InterruptedException {
    String next = messages.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (!message.equals(next)) {
      throw new AssertionError("expected message \"" + message + "\" but got \"" + next + "\"");
    }
  }

  /** Waits for the connection to end. */
  CloseEvent closed() {
    return closed.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
  }

  boolean isOpen() {
    return !closed.isDone();
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      messages.add(partial.toString());
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  /** The JDK client answers the close frame once this returns. */
  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(CloseEvent.received(statusCode, reason, true));
    return null;
  }

  /** A connection that ends without a close frame, as a browser reports it. */
  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.complete(CloseEvent.received(1006, "", false));
  }

  @Override
  public void close() {
    if (isOpen()) {
      webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).join();
    }
  }
}
