package dev.closecodes.quarkus;

import dev.closecodes.runtime.CloseEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.Connection;
import io.smallrye.mutiny.Uni;

/**
 * Typed close events with Quarkus WebSockets Next, on server ({@code WebSocketConnection}) and
 * client ({@code WebSocketClientConnection}) connections alike: {@code
 * QuarkusCloses.close(connection, event)} to send, {@code QuarkusCloses.received(closeReason)} in
 * an {@code @OnClose} method.
 */
public final class QuarkusCloses {

  private QuarkusCloses() {}

  /**
   * The reason to pass to {@code Connection.close} for {@code event}. Quarkus itself refuses 1005
   * and 1006 but accepts 5000 and reasons longer than 123 bytes, which the peer rejects.
   *
   * @throws IllegalArgumentException if the event may not be sent (1005, 1006, 1015, 5000, ...)
   */
  public static CloseReason toStack(CloseEvent event) {
    event.requireSendable();
    return new CloseReason(event.code(), event.reasonOrNull());
  }

  /**
   * The reason to pass to {@code Connection.close} for {@code event}.
   *
   * @deprecated use {@link #toStack(CloseEvent)}, the name every adapter gives this job
   */
  @Deprecated(forRemoval = true)
  public static CloseReason reason(CloseEvent event) {
    return toStack(event);
  }

  /**
   * Closes {@code connection} with {@code event}, after checking it. A second close on a closing
   * connection sends nothing (Quarkus logs that the connection is already closed), so the peer sees
   * the first close only.
   *
   * @return Quarkus' {@code Uni} of the close; nothing happens until it is subscribed to, as with
   *     {@code Connection.close}
   * @throws IllegalArgumentException if the event may not be sent; nothing is sent
   */
  public static Uni<Void> close(Connection connection, CloseEvent event) {
    return connection.close(toStack(event));
  }

  /**
   * What a {@code CloseReason} says, as an {@code @OnClose} method, {@code
   * connection.closeReason()} or a {@code BasicWebSocketConnector}'s close handler reports it; it
   * never throws. Where no close frame arrived, Quarkus reports one of its own constants: {@code
   * CloseReason.EMPTY} (1005) or {@code ABNORMAL} (1006) on a server, {@code INTERNAL_SERVER_ERROR}
   * (1011) from the basic client; each is recorded as 1006, not clean, as a browser reports it,
   * while the same codes received in a close frame come as new objects and are kept. A null reason
   * is 1006 too. Quarkus reports a close frame without a code as 1000 and shows no frame that would
   * tell it from a 1000 without a reason, so that is recorded as 1000.
   */
  public static CloseEvent received(CloseReason reason) {
    if (reason == null
        || reason == CloseReason.EMPTY
        || reason == CloseReason.ABNORMAL
        || reason == CloseReason.INTERNAL_SERVER_ERROR) {
      return CloseEvent.abnormalClosure();
    }
    return CloseEvent.received(reason.getCode(), reason.getMessage());
  }
}
