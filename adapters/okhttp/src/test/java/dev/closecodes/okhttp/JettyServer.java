package dev.closecodes.okhttp;

import dev.closecodes.runtime.CloseEvent;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A Jetty 12 WebSocket server on loopback. A client that sends {@code full <room>} is closed with
 * {@code roomFull(room)}; {@code drop} ends the connection without a close frame. The close that
 * ends each connection is recorded, typed, under the {@code ?client=} name it connected with.
 */
final class JettyServer implements AutoCloseable {

  private static final TestCloses CLOSES = new TestCloseEvents();

  private final Map<String, CompletableFuture<CloseEvent>> received = new ConcurrentHashMap<>();
  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);

  JettyServer() throws Exception {
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(WebSocketUpgradeHandler.from(server, container ->
        container.addMapping("/ws", (request, response, callback) ->
            new Endpoint(received(Request.extractQueryParameters(request).getValue("client"))))));
    server.start();
  }

  /** The close that ended the connection of {@code client}, once it ends. */
  CompletableFuture<CloseEvent> received(String client) {
    return received.computeIfAbsent(client, name -> new CompletableFuture<>());
  }

  URI uri() {
    return URI.create("ws://127.0.0.1:" + connector.getLocalPort() + "/ws");
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the test server did not stop", e);
    }
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
