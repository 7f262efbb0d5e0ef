package dev.closecodes.spring;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ClientContract;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Mono;

/** Spring WebFlux's client on Reactor Netty meets the client side of the contract. */
class WebFluxClientContractTest extends ClientContract {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Override
  protected Connection connect(URI uri) throws Exception {
    CompletableFuture<WebSocketSession> opened = new CompletableFuture<>();
    CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
    new ReactorNettyWebSocketClient()
        .execute(
            uri,
            session -> {
              opened.complete(session);
              return WebFluxCloses.onClose(session)
                  .doOnNext(closed::complete)
                  .and(session.receive().onErrorResume(error -> Mono.empty()).then());
            })
        .subscribe(null, closed::completeExceptionally);
    WebSocketSession session = opened.get(10, TimeUnit.SECONDS);
    return new Connection() {
      @Override
      public void close(CloseEvent event) {
        WebFluxCloses.close(session, event).block(TIMEOUT);
      }

      @Override
      public void send(String text) {
        session.send(Mono.just(session.textMessage(text))).block(TIMEOUT);
      }

      @Override
      public CompletableFuture<CloseEvent> closed() {
        return closed;
      }
    };
  }
}
