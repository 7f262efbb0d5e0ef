package dev.closecodes.vertx;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ServerContract;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Vert.x 5's WebSocket server meets the server side of the contract. */
class VertxServerContractTest extends ServerContract {

  private static Vertx vertx;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  @Override
  protected RunningServer start(Script script) throws Exception {
    HttpServer server =
        vertx
            .createHttpServer()
            .webSocketHandler(
                webSocket -> {
                  VertxCloses.onClose(webSocket, script::closed);
                  Connection connection =
                      new Connection() {
                        @Override
                        public void close(CloseEvent event) {
                          VertxCloses.close(webSocket, event);
                        }

                        @Override
                        public void send(String text) {
                          webSocket.writeTextMessage(text);
                        }
                      };
                  webSocket.textMessageHandler(
                      text -> {
                        try {
                          script.text(connection, text);
                        } catch (Exception e) {
                          throw new IllegalStateException(e);
                        }
                      });
                })
            .listen(0, "127.0.0.1")
            .await(10, TimeUnit.SECONDS);
    return new RunningServer() {
      @Override
      public URI uri() {
        return URI.create("ws://127.0.0.1:" + server.actualPort() + "/");
      }

      @Override
      public void close() {
        try {
          server.close().await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException("the server did not stop", e);
        }
      }
    };
  }
}
