package dev.closecodes.jakarta;

import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** A Jakarta WebSocket endpoint on Jetty 12 (ee10) meets the server side of the contract. */
class JakartaServerOnJettyContractTest extends JakartaServerContract {

  @Override
  RunningServer serve(ServerEndpointConfig endpoint) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    server.setHandler(context);
    JakartaWebSocketServletContainerInitializer.configure(
        context, (servletContext, container) -> container.addEndpoint(endpoint));
    server.start();
    URI uri = URI.create("ws://127.0.0.1:" + connector.getLocalPort() + "/ws");
    return new RunningServer() {
      @Override
      public URI uri() {
        return uri;
      }

      @Override
      public void close() {
        try {
          server.stop();
        } catch (Exception e) {
          throw new IllegalStateException("the server did not stop", e);
        }
      }
    };
  }
}
