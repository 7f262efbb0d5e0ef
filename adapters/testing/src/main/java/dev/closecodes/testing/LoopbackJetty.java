package dev.closecodes.testing;

import java.net.URI;
import java.util.function.Function;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/** A Jetty 12 WebSocket server on 127.0.0.1 and a free port, one endpoint per connection at /ws. */
public final class LoopbackJetty implements AutoCloseable {

  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);

  /**
   * Starts the server.
   *
   * @param endpoints creates the listener of each connection from the URI it asked for; the
   *     listener must be a public class, since Jetty calls it through method handles
   */
  public LoopbackJetty(Function<URI, ? extends Session.Listener> endpoints) throws Exception {
    this(0, endpoints);
  }

  /**
   * Starts the server on {@code port}, such as the port of one that was stopped, to restart it.
   *
   * @param port the port, 0 for a free one
   * @param endpoints as for {@link #LoopbackJetty(Function)}
   */
  public LoopbackJetty(int port, Function<URI, ? extends Session.Listener> endpoints)
      throws Exception {
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(
        WebSocketUpgradeHandler.from(
            server,
            container ->
                container.addMapping(
                    "/ws",
                    (request, response, callback) ->
                        endpoints.apply(request.getHttpURI().toURI()))));
    server.start();
  }

  /**
   * @return the port the server listens on
   */
  public int port() {
    return connector.getLocalPort();
  }

  /**
   * @return {@code ws://127.0.0.1:<port>/ws}
   */
  public URI uri() {
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
}
