package dev.closecodes.jakarta;

import dev.closecodes.runtime.CloseEvent;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;
import org.junit.jupiter.api.io.TempDir;

/** A Jakarta WebSocket endpoint on an embedded Tomcat, Spring Boot's default server. */
class JakartaServerOnTomcatContractTest extends JakartaServerContract {

  @TempDir Path baseDir;

  @Override
  RunningServer serve(ServerEndpointConfig endpoint) throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    Context context = tomcat.addContext("", null);
    context.addServletContainerInitializer(new WsSci(), null);
    // Tomcat's WebSocket filter sees only requests that some servlet is mapped to.
    Tomcat.addServlet(context, "default", new DefaultServlet()).addMapping("/");
    tomcat.start();
    // Tomcat takes endpoints until the first handshake.
    ((ServerContainer) context.getServletContext().getAttribute(ServerContainer.class.getName()))
        .addEndpoint(endpoint);
    URI uri = URI.create("ws://127.0.0.1:" + connector.getLocalPort() + "/ws");
    return new RunningServer() {
      @Override
      public URI uri() {
        return uri;
      }

      @Override
      public void close() {
        try {
          tomcat.stop();
          tomcat.destroy();
        } catch (LifecycleException e) {
          throw new IllegalStateException("Tomcat did not stop", e);
        }
      }
    };
  }

  /**
   * The contract's exception on Tomcat: a close frame without a code is reported as 1000 (Normal
   * Closure), with no reason, and Tomcat shows the endpoint nothing else that would tell it from a
   * 1000 without a reason, so {@link JakartaCloses#received} records 1000.
   */
  @Override
  protected CloseEvent emptyCloseFrameRecordedAs() {
    return CloseEvent.received(1000, "", true);
  }
}
