package dev.closecodes.jakarta;

import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.WirePolicy;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;

/**
 * Typed close events with Jakarta WebSocket: {@code JakartaCloses.close(session, event)} to send,
 * {@code JakartaCloses.received(closeReason)} in {@code @OnClose}, {@link #toStack(CloseEvent)} and
 * {@link #code(CloseCode)} where Jakarta wants its own types. The generated enums do not implement
 * Jakarta's type themselves: that would make every application that uses them need Jakarta.
 */
public final class JakartaCloses {

  private JakartaCloses() {}

  /**
   * The {@code CloseReason} to pass to {@code Session.close} for {@code event}.
   *
   * @throws IllegalArgumentException if the event may not be sent (1005, 1006, 1015, ...)
   */
  public static CloseReason toStack(CloseEvent event) {
    return new CloseReason(code(event.requireSendable().code()), event.reason());
  }

  /**
   * The {@code CloseReason} to pass to {@code Session.close} for {@code event}.
   *
   * @deprecated use {@link #toStack(CloseEvent)}, the name every adapter gives this job
   */
  @Deprecated(forRemoval = true)
  public static CloseReason reason(CloseEvent event) {
    return toStack(event);
  }

  /**
   * Closes {@code session} with {@code event} unless it is already closing: a second close sends
   * nothing, so the peer sees the first close only.
   *
   * @return whether this call started the close
   * @throws IllegalArgumentException if the event may not be sent; nothing is sent
   * @throws IOException as {@code Session.close} does
   */
  public static boolean close(Session session, CloseEvent event) throws IOException {
    CloseReason reason = toStack(event);
    if (!session.isOpen()) {
      return false;
    }
    session.close(reason);
    return true;
  }

  /**
   * Jakarta's code for {@code code}, such as {@code JakartaCloses.code(ChatCloseCode.ROOM_FULL)}:
   * Jakarta's own constant for a standard code, a code that knows its number otherwise.
   *
   * @throws IllegalArgumentException if the code may not be sent (1005, 1006, 1015, ...)
   */
  public static CloseReason.CloseCode code(CloseCode code) {
    return code(code.code());
  }

  private static CloseReason.CloseCode code(int number) {
    WirePolicy.requireSendable(number);
    // Jakarta's own constants for 1000-1015; for any other number a code of its own.
    return CloseReason.CloseCodes.getCloseCode(number);
  }

  /**
   * What {@code @OnClose} received, typed where the code is known; it never throws. Jakarta reports
   * a connection that ended without a close frame as 1006; that event, and a null reason, is 1006
   * and not clean, as in a browser. On Tomcat, a close frame without a code arrives as 1000: Tomcat
   * reports it so and shows the endpoint nothing else.
   */
  public static CloseEvent received(CloseReason reason) {
    if (reason == null) {
      return CloseEvent.abnormalClosure();
    }
    return CloseEvent.received(reason.getCloseCode().getCode(), reason.getReasonPhrase());
  }
}
