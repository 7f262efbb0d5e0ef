package dev.closecodes.samples.chat;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.Reconnect;
import dev.closecodes.runtime.CloseEvent;

/**
 * Why the chat server ends a connection, and what a client does next: by default it stays away (a
 * full room, a kick), since the same client would be closed the same way again.
 */
@CloseCodes(endpoint = "chat", reconnect = Reconnect.NEVER)
public interface ChatCloses {

  /** The session token expired; sign in again, then reconnect. */
  @Code(value = 4001, reason = "Session expired", reconnect = Reconnect.NEW_CREDENTIALS)
  CloseEvent sessionExpired();

  /** The room reached its member limit; try another room. */
  @Code(value = 4002, reason = "Room {room} is full")
  CloseEvent roomFull(String room);

  /** A moderator removed the member from the room. */
  @Code(value = 4003, reason = "Kicked by {moderator}: {why}")
  CloseEvent kicked(String moderator, String why);

  /**
   * The member sent too many messages; reconnecting is allowed after the wait, at the earliest once
   * the rate limit's window of {@link ChatPolicy#defaults()} is over.
   */
  @Code(
      value = 4029,
      reason = "Too many messages; wait {seconds} s",
      reconnect = Reconnect.BACKOFF,
      notBeforeSeconds = 10)
  CloseEvent rateLimited(int seconds);
}
