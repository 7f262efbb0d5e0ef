package dev.closecodes.javawebsocket;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ServerContract;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Java-WebSocket's server, with {@link CloseStatusDraft}, meets the server side of the contract.
 */
class JavaWebSocketServerContractTest extends ServerContract {

  @Override
  protected RunningServer start(Script script) {
    CompletableFuture<Void> started = new CompletableFuture<>();
    WebSocketServer server =
        new WebSocketServer(
            new InetSocketAddress("127.0.0.1", 0), List.of(new CloseStatusDraft())) {
          @Override
          public void onStart() {
            started.complete(null);
          }

          @Override
          public void onOpen(WebSocket connection, ClientHandshake handshake) {}

          @Override
          public void onMessage(WebSocket connection, String message) {
            try {
              script.text(
                  new Connection() {
                    @Override
                    public void close(CloseEvent event) {
                      JavaWebSocketCloses.close(connection, event);
                    }

                    @Override
                    public void send(String text) {
                      connection.send(text);
                    }
                  },
                  message);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }

          @Override
          public void onClose(WebSocket connection, int code, String reason, boolean remote) {
            script.closed(JavaWebSocketCloses.received(connection, code, reason));
          }

          @Override
          public void onError(WebSocket connection, Exception error) {}
        };
    server.start();
    started.orTimeout(10, TimeUnit.SECONDS).join();
    return new RunningServer() {
      @Override
      public URI uri() {
        return URI.create("ws://127.0.0.1:" + server.getPort() + "/");
      }

      @Override
      public void close() {
        try {
          server.stop(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    };
  }
}
