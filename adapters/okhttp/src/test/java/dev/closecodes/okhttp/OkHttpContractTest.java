package dev.closecodes.okhttp;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ClientContract;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import org.junit.jupiter.api.AfterEach;

/** OkHttp's WebSocket client meets the client side of the contract. */
class OkHttpContractTest extends ClientContract {

  private final OkHttpClient client = new OkHttpClient();

  @AfterEach
  void stopClient() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  @Override
  protected Connection connect(URI uri) throws Exception {
    CompletableFuture<WebSocket> opened = new CompletableFuture<>();
    CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
    client.newWebSocket(
        new Request.Builder().url(uri.toString().replaceFirst("^ws", "http")).build(),
        new CloseEventListener() {
          @Override
          public void onOpen(WebSocket webSocket, Response response) {
            opened.complete(webSocket);
          }

          @Override
          protected void onCloseEvent(WebSocket webSocket, CloseEvent event) {
            closed.complete(event);
          }
        });
    WebSocket webSocket = opened.get(10, TimeUnit.SECONDS);
    return new Connection() {
      @Override
      public void close(CloseEvent event) {
        OkHttpCloses.close(webSocket, event);
      }

      @Override
      public void send(String text) {
        webSocket.send(text);
      }

      @Override
      public CompletableFuture<CloseEvent> closed() {
        return closed;
      }
    };
  }
}
