package com.example.shop;

import dev.closecodes.quarkus.QuarkusCloses;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ClientContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** Quarkus' basic client, in the running application, meets the client side of the contract. */
@QuarkusTest
class QuarkusClientContractTest extends ClientContract {

  @Override
  protected Connection connect(URI uri) {
    CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
    WebSocketClientConnection connection =
        BasicWebSocketConnector.create()
            .baseUri(uri)
            .onClose((ended, reason) -> closed.complete(QuarkusCloses.received(reason)))
            .connectAndAwait();
    return new Connection() {
      /** Subscribed to, not awaited: the close completes only once the peer has answered. */
      @Override
      public void close(CloseEvent event) {
        QuarkusCloses.close(connection, event).subscribe().with(done -> {});
      }

      @Override
      public void send(String text) {
        connection.sendTextAndAwait(text);
      }

      @Override
      public CompletableFuture<CloseEvent> closed() {
        return closed;
      }
    };
  }

  /**
   * The contract's exception on Quarkus: a close frame without a code is reported as 1000 (Normal
   * Closure), with no reason, and Quarkus shows the client no frame that would tell it from a 1000
   * without a reason, so {@code QuarkusCloses.received} records 1000.
   */
  @Override
  protected CloseEvent emptyCloseFrameRecordedAs() {
    return CloseEvent.received(1000, "", true);
  }
}
