package dev.closecodes.spring;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.LoopbackTomcat;
import jakarta.servlet.Servlet;
import java.net.URI;
import java.nio.file.Path;
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
    LoopbackTomcat tomcat = new LoopbackTomcat(baseDir, webSockets);
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
   * Closure), with no reason, and Tomcat shows Spring nothing else that would tell it from a 1000
   * without a reason, so {@link SpringCloses#received} records 1000.
   */
  @Override
  protected CloseEvent emptyCloseFrameRecordedAs() {
    return CloseEvent.received(1000, "", true);
  }
}
