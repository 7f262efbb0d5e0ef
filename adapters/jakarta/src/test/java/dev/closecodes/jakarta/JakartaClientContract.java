package dev.closecodes.jakarta;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ClientContract;
import jakarta.websocket.ClientEndpoint;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** An annotated Jakarta {@code @ClientEndpoint} on the client container of one stack. */
abstract class JakartaClientContract extends ClientContract {

  /** The stack's Jakarta WebSocket client container. */
  abstract WebSocketContainer container();

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
    Session session = container().connectToServer(endpoint, uri);
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
