package dev.closecodes.testing;

import jakarta.servlet.Servlet;
import jakarta.websocket.server.ServerContainer;
import java.net.URI;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * An embedded Tomcat, Spring Boot's default server, on 127.0.0.1 and a free port, with Tomcat's
 * WebSocket container; connections go to {@code /ws}. Tomcat must be on the test's class path
 * ({@code tomcat-embed-websocket}).
 */
public final class LoopbackTomcat implements AutoCloseable {

  private final Tomcat tomcat = new Tomcat();
  private final Connector connector = new Connector();
  private final Context context;

  /**
   * Starts Tomcat with {@code servlet} for every path, such as one that upgrades requests itself.
   *
   * @param baseDir Tomcat's working directory, such as a test's temporary directory
   */
  public LoopbackTomcat(Path baseDir, Servlet servlet) throws LifecycleException {
    tomcat.setBaseDir(baseDir.toString());
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    context = tomcat.addContext("", null);
    context.addServletContainerInitializer(new WsSci(), null);
    Tomcat.addServlet(context, "servlet", servlet).addMapping("/");
    tomcat.start();
  }

  /**
   * Starts Tomcat for the endpoints deployed in its {@link #webSockets() container}; Tomcat's
   * WebSocket filter sees only requests that some servlet is mapped to, here its default servlet.
   */
  public LoopbackTomcat(Path baseDir) throws LifecycleException {
    this(baseDir, new DefaultServlet());
  }

  /** Tomcat's Jakarta WebSocket container, which takes endpoints until the first handshake. */
  public ServerContainer webSockets() {
    return (ServerContainer)
        context.getServletContext().getAttribute(ServerContainer.class.getName());
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
      tomcat.stop();
      tomcat.destroy();
    } catch (LifecycleException e) {
      throw new IllegalStateException("the test server did not stop", e);
    }
  }
}
