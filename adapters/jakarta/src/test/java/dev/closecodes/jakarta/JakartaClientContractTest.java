package dev.closecodes.jakarta;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ClientContract;
import jakarta.websocket.ClientEndpoint;
import jakarta.websocket.CloseReason;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.OnClose;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * An annotated Jakarta {@code @ClientEndpoint} on Jetty 12's Jakarta client container (ee10), found
 * as an application finds it, through {@code ContainerProvider}, meets the client side of the
 * contract.
 */
class JakartaClientContractTest extends ClientContract {

  /** Jetty's container, started once and stopped with the JVM. */
  private static final WebSocketContainer CONTAINER = ContainerProvider.getWebSocketContainer();

  /** One connection's endpoint; public, as Jakarta requires. */
  @ClientEndpoint
  public static final class ContractEndpoint {
    private final CompletableFuture<CloseEvent> closed = new CompletableFuture<>();

    @OnClose
    public void onClose(CloseReason reason) {
      closed.complete(JakartaCloses.received(reason));
    }
  }

  @Override
  protected Connection connect(URI uri) throws Exception {
    ContractEndpoint endpoint = new ContractEndpoint();
    Session session = CONTAINER.connectToServer(endpoint, uri);
    return new Connection() {
      @Override
      public void close(CloseEvent event) throws Exception {
        JakartaCloses.close(session, event);
      }

      @Override
      public void send(String text) throws Exception {
        session.getBasicRemote().sendText(text);
      }

      @Override
      public CompletableFuture<CloseEvent> closed() {
        return endpoint.closed;
      }
    };
  }
}
