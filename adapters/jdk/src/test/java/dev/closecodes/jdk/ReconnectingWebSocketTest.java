package dev.closecodes.jdk;

import dev.closecodes.runtime.Reconnector;
import dev.closecodes.testing.contract.ReconnectContract;
import java.net.URI;
import java.net.http.WebSocket;

/** The JDK client reconnects as the contract says, against a real server on loopback. */
class ReconnectingWebSocketTest extends ReconnectContract {

  @Override
  protected Client start(URI uri, Reconnector.Builder settings) {
    ReconnectingWebSocket webSocket =
        ReconnectingWebSocket.builder(uri, new WebSocket.Listener() {})
            .authorizer((builder, address, token) -> URI.create(address + "?token=" + token))
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
