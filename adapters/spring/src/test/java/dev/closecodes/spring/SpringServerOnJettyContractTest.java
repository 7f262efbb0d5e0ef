package dev.closecodes.spring;

import jakarta.servlet.Servlet;
import java.net.URI;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.websocket.server.config.JettyWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.springframework.web.socket.server.RequestUpgradeStrategy;
import org.springframework.web.socket.server.jetty.JettyRequestUpgradeStrategy;

/**
 * Spring's server on an embedded Jetty 12 (ee11), where Spring upgrades through Jetty's own
 * WebSocket API, as Spring Boot on Jetty runs it: it meets the whole contract.
 */
class SpringServerOnJettyContractTest extends SpringServerContract {

  @Override
  RequestUpgradeStrategy upgradeStrategy() {
    return new JettyRequestUpgradeStrategy();
  }

  @Override
  RunningServer serve(Servlet webSockets) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    JettyWebSocketServletContainerInitializer.configure(context, null);
    context.addServlet(new ServletHolder(webSockets), "/ws");
    server.setHandler(context);
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
          throw new IllegalStateException("Jetty did not stop", e);
        }
      }
    };
  }
}
