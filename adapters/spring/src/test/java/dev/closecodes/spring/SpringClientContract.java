package dev.closecodes.spring;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ClientContract;
import jakarta.websocket.WebSocketContainer;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** Spring's WebSocket client, on the Jakarta container of one stack, under the contract. */
abstract class SpringClientContract extends ClientContract {

  /** The stack's Jakarta WebSocket client container. */
  abstract WebSocketContainer container();

  @Override
  protected Connection connect(URI uri) throws Exception {
    CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
    WebSocketSession session =
        new StandardWebSocketClient(container())
            .execute(
                new TextWebSocketHandler() {
                  @Override
                  public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
                    closed.complete(SpringCloses.received(status));
                  }
                },
                uri.toString())
            .get(10, TimeUnit.SECONDS);
    return new Connection() {
      @Override
      public void close(CloseEvent event) throws Exception {
        SpringCloses.close(session, event);
      }

      @Override
      public void send(String text) throws Exception {
        session.sendMessage(new TextMessage(text));
      }

      @Override
      public CompletableFuture<CloseEvent> closed() {
        return closed;
      }
    };
  }
}
