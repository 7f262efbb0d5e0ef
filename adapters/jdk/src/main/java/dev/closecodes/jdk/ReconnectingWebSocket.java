package dev.closecodes.jdk;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.ReconnectingClient;
import dev.closecodes.runtime.Reconnector;
import dev.closecodes.runtime.StandardCloseCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A client of the JDK's {@link WebSocket} that stays connected as the client contract says: after
 * each close it types the code, asks {@link dev.closecodes.runtime.Backoff} (through {@link
 * Reconnector}) what to do, waits, gets new credentials where the code asks for them, and stops
 * where the code says never. A connection that fails to open counts as 1006.
 *
 * <pre>{@code
 * ReconnectingWebSocket chat =
 *     ReconnectingWebSocket.builder(URI.create("wss://chat.example/ws"), listener)
 *         .authorizer((builder, uri, token) -> {
 *           builder.header("Authorization", "Bearer " + token);
 *           return uri;
 *         })
 *         .start(Reconnector.builder()
 *             .codes(CloseCodeRegistry.global().endpoint("chat"))
 *             .credentials(auth::freshToken));
 * }</pre>
 *
 * <p>{@code listener} hears every connection as the JDK reports it, {@code onOpen} once per
 * connection.
 */
public final class ReconnectingWebSocket extends ReconnectingClient<WebSocket> {

  /** Puts credentials into a connection: a header on the builder, or the returned address. */
  @FunctionalInterface
  public interface Authorizer {
    /**
     * @param builder the builder of the coming connection, for headers
     * @param uri the address given to {@link #builder}
     * @param credentials the latest credentials, {@code ""} without a source
     * @return the address to connect to, such as {@code uri} with a query parameter added
     */
    URI authorize(WebSocket.Builder builder, URI uri, String credentials);
  }

  /** How to connect; {@link #start(Reconnector.Builder)} says how to reconnect. */
  public static final class Builder extends ReconnectingClient.Builder<ReconnectingWebSocket> {
    private final URI uri;
    private final WebSocket.Listener listener;
    private HttpClient client;
    private Authorizer authorizer = (builder, uri, credentials) -> uri;

    private Builder(URI uri, WebSocket.Listener listener) {
      this.uri = Objects.requireNonNull(uri, "uri");
      this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The client to connect with; a new {@link HttpClient} by default. */
    public Builder httpClient(HttpClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /** How credentials go into each connection; by default they do not. */
    public Builder authorizer(Authorizer authorizer) {
      this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
      return this;
    }

    @Override
    public ReconnectingWebSocket start(Reconnector.Builder settings) {
      return new ReconnectingWebSocket(this, settings);
    }
  }

  private final URI uri;
  private final WebSocket.Listener listener;
  private final HttpClient client;
  private final Authorizer authorizer;

  private ReconnectingWebSocket(Builder builder, Reconnector.Builder settings) {
    this.uri = builder.uri;
    this.listener = builder.listener;
    this.client = builder.client != null ? builder.client : HttpClient.newHttpClient();
    this.authorizer = builder.authorizer;
    start(settings);
  }

  /**
   * @param uri the {@code ws:} or {@code wss:} address
   * @param listener hears every connection
   */
  public static Builder builder(URI uri, WebSocket.Listener listener) {
    return new Builder(uri, listener);
  }

  @Override
  protected void connect(String credentials, Reconnector.Connection connection) {
    WebSocket.Builder builder = client.newWebSocketBuilder();
    URI target = authorizer.authorize(builder, uri, credentials);
    builder
        .buildAsync(target, new Relay(connection))
        .whenComplete(
            (webSocket, failure) -> {
              if (failure != null) {
                connection.closed(CloseEvent.abnormalClosure());
              }
            });
  }

  @Override
  protected void closeNormally(WebSocket webSocket) {
    webSocket.sendClose(StandardCloseCode.NORMAL_CLOSURE.code(), "");
  }

  /** Passes everything on to the caller's listener, and each connection's end to the loop. */
  private final class Relay implements WebSocket.Listener {
    private final Reconnector.Connection connection;

    Relay(Reconnector.Connection connection) {
      this.connection = connection;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
      opened(webSocket, connection);
      listener.onOpen(webSocket);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      return listener.onText(webSocket, data, last);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      return listener.onBinary(webSocket, data, last);
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
      return listener.onPing(webSocket, message);
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
      return listener.onPong(webSocket, message);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      ended(webSocket);
      connection.closed(CloseEvent.received(statusCode, reason, true));
      return listener.onClose(webSocket, statusCode, reason);
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      ended(webSocket);
      connection.closed(CloseEvent.abnormalClosure());
      listener.onError(webSocket, error);
    }
  }
}
