package dev.closecodes.okhttp;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.ReconnectingClient;
import dev.closecodes.runtime.Reconnector;
import dev.closecodes.runtime.StandardCloseCode;
import java.util.Objects;
import java.util.function.BiConsumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * An OkHttp WebSocket client that stays connected as the client contract says: after each close it
 * types the code, asks {@link dev.closecodes.runtime.Backoff} (through {@link Reconnector}) what to
 * do, waits, gets new credentials where the code asks for them, and stops where the code says
 * never. A connection that fails to open counts as 1006.
 *
 * <pre>{@code
 * ReconnectingWebSocket chat =
 *     ReconnectingWebSocket.builder(client, new Request.Builder().url(url).build(), listener)
 *         .authorizer((request, token) -> request.header("Authorization", "Bearer " + token))
 *         .start(Reconnector.builder()
 *             .codes(CloseCodeRegistry.global().endpoint("chat"))
 *             .credentials(auth::freshToken));
 * }</pre>
 *
 * <p>{@code listener} hears every connection as OkHttp reports it, {@code onOpen} once per
 * connection.
 */
public final class ReconnectingWebSocket extends ReconnectingClient<WebSocket> {

  /** How to connect; {@link #start(Reconnector.Builder)} says how to reconnect. */
  public static final class Builder extends ReconnectingClient.Builder<ReconnectingWebSocket> {
    private final OkHttpClient client;
    private final Request request;
    private final WebSocketListener listener;
    private BiConsumer<Request.Builder, String> authorizer = (request, credentials) -> {};

    private Builder(OkHttpClient client, Request request, WebSocketListener listener) {
      this.client = Objects.requireNonNull(client, "client");
      this.request = Objects.requireNonNull(request, "request");
      this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * How credentials go into each connection: a header or the URL of the request being built,
     * given the latest credentials ({@code ""} without a source); by default they do not.
     */
    public Builder authorizer(BiConsumer<Request.Builder, String> authorizer) {
      this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
      return this;
    }

    @Override
    public ReconnectingWebSocket start(Reconnector.Builder settings) {
      return new ReconnectingWebSocket(this, settings);
    }
  }

  private final OkHttpClient client;
  private final Request request;
  private final WebSocketListener listener;
  private final BiConsumer<Request.Builder, String> authorizer;

  private ReconnectingWebSocket(Builder builder, Reconnector.Builder settings) {
    this.client = builder.client;
    this.request = builder.request;
    this.listener = builder.listener;
    this.authorizer = builder.authorizer;
    start(settings);
  }

  /**
   * @param client the client to connect with
   * @param request the request of each connection, before credentials are added
   * @param listener hears every connection
   */
  public static Builder builder(OkHttpClient client, Request request, WebSocketListener listener) {
    return new Builder(client, request, listener);
  }

  @Override
  protected void connect(String credentials, Reconnector.Connection connection) {
    Request.Builder builder = request.newBuilder();
    authorizer.accept(builder, credentials);
    client.newWebSocket(builder.build(), new Relay(connection));
  }

  @Override
  protected void closeNormally(WebSocket webSocket) {
    webSocket.close(StandardCloseCode.NORMAL_CLOSURE.code(), null);
  }

  /** Passes everything on to the caller's listener, and each connection's end to the loop. */
  private final class Relay extends CloseEventListener {
    private final Reconnector.Connection connection;

    Relay(Reconnector.Connection connection) {
      this.connection = connection;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      opened(webSocket, connection);
      listener.onOpen(webSocket, response);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      listener.onMessage(webSocket, text);
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
      listener.onMessage(webSocket, bytes);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      super.onClosing(webSocket, code, reason);
      listener.onClosing(webSocket, code, reason);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
      ended(webSocket);
      super.onClosed(webSocket, code, reason);
      listener.onClosed(webSocket, code, reason);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
      ended(webSocket);
      super.onFailure(webSocket, failure, response);
      listener.onFailure(webSocket, failure, response);
    }

    @Override
    protected void onCloseEvent(WebSocket webSocket, CloseEvent event) {
      connection.closed(event);
    }
  }
}
