package com.example.chat;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.ReasonTemplate;
import javax.annotation.processing.Generated;

/**
 * Creates the close events declared by {@link ChatCloses}. It holds no state: one instance serves
 * every caller, and events whose reason takes no arguments are created once.
 */
@Generated("dev.closecodes.processor.CloseCodesProcessor")
public final class ChatCloseEvents implements ChatCloses {
  private static final CloseEvent SESSION_EXPIRED = CloseEvent.of(ChatCloseCode.SESSION_EXPIRED);

  private static final ReasonTemplate ROOM_FULL = ReasonTemplate.of(ChatCloseCode.ROOM_FULL, "Room ", " is full");

  private static final CloseEvent AWKWARD_TEXT = CloseEvent.of(ChatCloseCode.AWKWARD_TEXT);

  private static final ReasonTemplate NUMBERS = ReasonTemplate.of(ChatCloseCode.NUMBERS, "", "", " messages");

  private static final CloseEvent NO_REASON = CloseEvent.of(ChatCloseCode.NO_REASON);

  /**
   * Creates the factory.
   */
  public ChatCloseEvents() {
  }

  /**
   * The session token expired; sign in again, then reconnect.
   */
  @Override
  public CloseEvent sessionExpired() {
    return SESSION_EXPIRED;
  }

  /**
   * The room reached its member limit.
   *
   * @param room the room's name
   * @return the event
   */
  @Override
  public CloseEvent roomFull(String room) {
    if (String.valueOf(room).length() <= 36) {
      return CloseEvent.fitting(ChatCloseCode.ROOM_FULL, "Room " + room + " is full");
    }
    return ChatCloseEvents.ROOM_FULL.fill(room);
  }

  /**
   * Text that generated code must carry exactly: "quotes", \back\slashes.
   */
  @Override
  public CloseEvent awkwardText() {
    return AWKWARD_TEXT;
  }

  @Override
  public CloseEvent numbers(int count, long limit) {
    return ChatCloseEvents.NUMBERS.fill(count, limit);
  }

  @Override
  public CloseEvent noReason() {
    return NO_REASON;
  }
}
