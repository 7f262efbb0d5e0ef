package dev.closecodes.jakarta;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.LoopbackTomcat;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A Jakarta WebSocket endpoint on an embedded Tomcat, Spring Boot's default server. */
class JakartaServerOnTomcatContractTest extends JakartaServerContract {

  @TempDir Path baseDir;

  @Override
  RunningServer serve(ServerEndpointConfig endpoint) throws Exception {
    LoopbackTomcat tomcat = new LoopbackTomcat(baseDir);
    tomcat.webSockets().addEndpoint(endpoint);
    return new RunningServer() {
      @Override
      public URI uri() {
        return tomcat.uri();
      }

      @Override
      public void close() {
        tomcat.close();
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
