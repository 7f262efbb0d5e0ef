package dev.closecodes.spring;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Mono;

/**
 * Typed close events with Spring WebFlux's reactive {@link WebSocketSession}, whose {@link
 * CloseStatus} is its own, not Spring WebSocket's: {@code
 * session.close(WebFluxCloses.status(event))} to send, {@code WebFluxCloses.closed(session)} to
 * receive.
 */
public final class WebFluxCloses {

  private WebFluxCloses() {}

  /**
   * The status to pass to {@code WebSocketSession.close} for {@code event}.
   *
   * @throws IllegalArgumentException if the event may not be sent (1005, 1006, 1015, ...)
   */
  public static CloseStatus status(CloseEvent event) {
    event.requireSendable();
    return new CloseStatus(event.code(), event.reason().isEmpty() ? null : event.reason());
  }

  /**
   * How {@code session} closed, once it has, as {@link #received} records it: a session whose close
   * status never comes, or fails, ended without a close frame (1006, not clean).
   */
  public static Mono<CloseEvent> closed(WebSocketSession session) {
    return session
        .closeStatus()
        .map(WebFluxCloses::received)
        .onErrorResume(error -> Mono.empty())
        .defaultIfEmpty(abnormalClosure());
  }

  /**
   * What a {@code CloseStatus} says, typed where the code is known; it never throws. A connection
   * that ended without a close frame (1006) or whose TLS handshake failed (1015) is not clean, as
   * in a browser; a null status is 1006. Reactor Netty reports a close frame without a code as 1005
   * with the reason "Empty", a text of its own that was not on the wire: 1005 is recorded with no
   * reason, since a frame without a code has none.
   */
  public static CloseEvent received(CloseStatus status) {
    if (status == null) {
      return abnormalClosure();
    }
    if (status.getCode() == StandardCloseCode.NO_STATUS_RECEIVED.code()) {
      return CloseEvent.received(status.getCode(), "");
    }
    return CloseEvent.received(status.getCode(), status.getReason());
  }

  private static CloseEvent abnormalClosure() {
    return CloseEvent.received(StandardCloseCode.ABNORMAL_CLOSURE.code(), "", false);
  }
}
