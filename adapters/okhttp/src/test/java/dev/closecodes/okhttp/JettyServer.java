package dev.closecodes.okhttp;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.LoopbackJetty;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * A Jetty 12 WebSocket server on loopback. A client that sends {@code full <room>} is closed with
 * {@code roomFull(room)}; {@code drop} ends the connection without a close frame. The close that
 * ends each connection is recorded, typed, under the {@code ?client=} name it connected with.
 */
final class JettyServer implements AutoCloseable {

  private static final TestCloses CLOSES = new TestCloseEvents();

  private final Map<String, CompletableFuture<CloseEvent>> received = new ConcurrentHashMap<>();
  private final LoopbackJetty server =
      new LoopbackJetty(
          uri -> new Endpoint(received(uri.getQuery().substring("client=".length()))));

  JettyServer() throws Exception {}

  /** The close that ended the connection of {@code client}, once it ends. */
  CompletableFuture<CloseEvent> received(String client) {
    return received.computeIfAbsent(client, name -> new CompletableFuture<>());
  }

  URI uri() {
    return server.uri();
  }

  @Override
  public void close() {
    server.close();
  }

  /** Public: Jetty calls the listener through method handles. */
  public static final class Endpoint implements Session.Listener.AutoDemanding {
    private final CompletableFuture<Session> session = new CompletableFuture<>();
    private final CompletableFuture<CloseEvent> closed;

    Endpoint(CompletableFuture<CloseEvent> closed) {
      this.closed = closed;
    }

    @Override
    public void onWebSocketOpen(Session opened) {
      session.complete(opened);
    }

    @Override
    public void onWebSocketText(String message) {
      Session open = session.join();
      if (message.startsWith("full ")) {
        CloseEvent event = CLOSES.roomFull(message.substring(5));
        open.close(event.code(), event.reason(), Callback.NOOP);
      } else if (message.equals("drop")) {
        open.disconnect();
      }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
      closed.complete(CloseEvent.received(statusCode, reason, true));
      callback.succeed();
    }
  }
}
