package dev.closecodes.spring;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ServerContract;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.reactive.socket.server.upgrade.ReactorNettyRequestUpgradeStrategy;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** A Spring WebFlux server on Reactor Netty meets the server side of the contract. */
class WebFluxServerContractTest extends ServerContract {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Override
  protected RunningServer start(Script script) {
    HandshakeWebSocketService webSockets =
        new HandshakeWebSocketService(new ReactorNettyRequestUpgradeStrategy());
    DisposableServer server =
        HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .handle(
                new ReactorHttpHandlerAdapter(
                    WebHttpHandlerBuilder.webHandler(
                            exchange ->
                                webSockets.handleRequest(
                                    exchange, session -> serve(session, script)))
                        .build()))
            .bindNow(TIMEOUT);
    return new RunningServer() {
      @Override
      public URI uri() {
        return URI.create("ws://127.0.0.1:" + server.port() + "/");
      }

      @Override
      public void close() {
        server.disposeNow(TIMEOUT);
      }
    };
  }

  /**
   * The contract's exception on a WebFlux server on Reactor Netty: a connection reset without a
   * close frame is reported as 1002 (Protocol Error), "Protocol error", clean: the status of the
   * close frame Reactor Netty itself answers the read failure with, which {@code
   * WebSocketSession.closeStatus()} reports as it would a peer's 1002.
   */
  @Override
  protected CloseEvent resetRecordedAs() {
    return CloseEvent.received(1002, "Protocol error", true);
  }

  private static Mono<Void> serve(WebSocketSession session, Script script) {
    WebFluxCloses.onClose(session).subscribe(script::closed);
    Connection connection =
        new Connection() {
          @Override
          public void close(CloseEvent event) {
            WebFluxCloses.close(session, event).subscribe();
          }

          @Override
          public void send(String text) {
            session.send(Mono.just(session.textMessage(text))).subscribe();
          }
        };
    return session
        .receive()
        .doOnNext(
            message -> {
              try {
                script.text(connection, message.getPayloadAsText());
              } catch (RuntimeException e) {
                throw e;
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .then();
  }
}
