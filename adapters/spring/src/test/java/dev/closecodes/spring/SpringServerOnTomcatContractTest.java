package dev.closecodes.spring;

import dev.closecodes.runtime.CloseEvent;
import jakarta.servlet.Servlet;
import java.net.URI;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.socket.server.RequestUpgradeStrategy;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;

/**
 * Spring's server on an embedded Tomcat, Spring Boot's default server, where Spring upgrades
 * through the Jakarta WebSocket API.
 */
class SpringServerOnTomcatContractTest extends SpringServerContract {

  @TempDir Path baseDir;

  @Override
  RequestUpgradeStrategy upgradeStrategy() {
    return new StandardWebSocketUpgradeStrategy();
  }

  @Override
  RunningServer serve(Servlet webSockets) throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    Context context = tomcat.addContext("", null);
    context.addServletContainerInitializer(new WsSci(), null);
    Tomcat.addServlet(context, "webSockets", webSockets).addMapping("/ws");
    tomcat.start();
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
   * Closure), with no reason, and Tomcat shows Spring nothing else that would tell it from a 1000
   * without a reason, so {@link SpringCloses#received} records 1000.
   */
  @Override
  protected CloseEvent emptyCloseFrameRecordedAs() {
    return CloseEvent.received(1000, "", true);
  }
}
