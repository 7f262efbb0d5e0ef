package dev.closecodes.spring;

import dev.closecodes.runtime.CloseEvent;
import java.io.IOException;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * Typed close events with Spring WebSocket: {@code SpringCloses.close(session, event)} to send,
 * {@code SpringCloses.received(status)} in {@code afterConnectionClosed}, {@code
 * SpringCloses.toStack(event)} where Spring wants its own {@link CloseStatus}.
 */
public final class SpringCloses {

  private SpringCloses() {}

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
   * @return whether this call started the close
   * @throws IllegalArgumentException if the event may not be sent; nothing is sent
   * @throws IOException as {@code WebSocketSession.close} does
   */
  public static boolean close(WebSocketSession session, CloseEvent event) throws IOException {
    CloseStatus status = toStack(event);
    if (!session.isOpen()) {
      return false;
    }
    session.close(status);
    return true;
  }

  /**
   * What {@code afterConnectionClosed} received, typed where the code is known; it never throws,
   * and keeps what Spring reports as it is (see {@link CloseEvent#received}), such as the whole of
   * a local reason that the wire cut. A connection that ended without a close frame (1006) or whose
   * TLS handshake failed (1015) is not clean, as in a browser; a null status is 1006. On Tomcat, a
   * close frame without a code arrives as 1000: Tomcat reports it so and shows Spring nothing else.
   */
  public static CloseEvent received(CloseStatus status) {
    if (status == null) {
      return CloseEvent.abnormalClosure();
    }
    return CloseEvent.received(status.getCode(), status.getReason());
  }
}
