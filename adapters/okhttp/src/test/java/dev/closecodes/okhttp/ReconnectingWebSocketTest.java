package dev.closecodes.okhttp;

import dev.closecodes.runtime.Reconnector;
import dev.closecodes.testing.contract.ReconnectContract;
import java.net.URI;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;

/** The OkHttp client reconnects as the contract says, against a real server on loopback. */
class ReconnectingWebSocketTest extends ReconnectContract {

  private final OkHttpClient client = new OkHttpClient();

  @AfterEach
  void stopClient() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  @Override
  protected Client start(URI uri, Reconnector.Builder settings) {
    ReconnectingWebSocket webSocket =
        ReconnectingWebSocket.builder(
                client,
                new Request.Builder().url(uri.toString()).build(),
                new WebSocketListener() {})
            .authorizer(
                (request, token) ->
                    request.url(
                        request
                            .build()
                            .url()
                            .newBuilder()
                            .setQueryParameter("token", token)
                            .build()))
            .start(settings);
    return new Client() {
      @Override
      public Reconnector reconnector() {
        return webSocket.reconnector();
      }

      @Override
      public void close() {
        webSocket.close();
      }
    };
  }
}
