package dev.closecodes.spring;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Mono;

/**
 * Typed close events with Spring WebFlux's reactive {@link WebSocketSession}, whose {@link
 * CloseStatus} is its own, not Spring WebSocket's: {@code WebFluxCloses.close(session, event)} to
 * send, {@code WebFluxCloses.onClose(session)} to receive.
 */
public final class WebFluxCloses {

  private WebFluxCloses() {}

  /**
   * The status to pass to {@code WebSocketSession.close} for {@code event}.
   *
   * @throws IllegalArgumentException if the event may not be sent (1005, 1006, 1015, ...)
   */
  public static CloseStatus toStack(CloseEvent event) {
    event.requireSendable();
    return new CloseStatus(event.code(), event.reasonOrNull());
  }

  /**
   * The status to pass to {@code WebSocketSession.close} for {@code event}.
   *
   * @deprecated use {@link #toStack(CloseEvent)}, the name every adapter gives this job
   */
  @Deprecated(forRemoval = true)
  public static CloseStatus status(CloseEvent event) {
    return toStack(event);
  }

  /**
   * Closes {@code session} with {@code event} unless it is already closing: a second close sends
   * nothing, so the peer sees the first close only.
   *
   * @return the close, as {@code WebSocketSession.close} returns it; empty when the session was no
   *     longer open
   * @throws IllegalArgumentException if the event may not be sent, at once; nothing is sent
   */
  public static Mono<Void> close(WebSocketSession session, CloseEvent event) {
    CloseStatus status = toStack(event);
    return session.isOpen() ? session.close(status) : Mono.empty();
  }

  /**
   * How {@code session} closed, once it has, as {@link #received} records it: a session whose close
   * status never comes, or fails, ended without a close frame (1006, not clean).
   */
  public static Mono<CloseEvent> onClose(WebSocketSession session) {
    return session
        .closeStatus()
        .map(WebFluxCloses::received)
        .onErrorResume(error -> Mono.empty())
        .defaultIfEmpty(CloseEvent.abnormalClosure());
  }

  /**
   * How {@code session} closed, once it has.
   *
   * @deprecated use {@link #onClose(WebSocketSession)}, the name every adapter gives this job
   */
  @Deprecated(forRemoval = true)
  public static Mono<CloseEvent> closed(WebSocketSession session) {
    return onClose(session);
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
      return CloseEvent.abnormalClosure();
    }
    if (status.getCode() == StandardCloseCode.NO_STATUS_RECEIVED.code()) {
      return CloseEvent.noStatus();
    }
    return CloseEvent.received(status.getCode(), status.getReason());
  }
}
