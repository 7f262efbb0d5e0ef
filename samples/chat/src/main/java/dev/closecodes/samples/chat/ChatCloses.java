package dev.closecodes.samples.chat;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** Why the chat server ends a connection. */
@CloseCodes(endpoint = "chat")
public interface ChatCloses {

  /** The session token expired; sign in again, then reconnect. */
  @Code(value = 4001, reason = "Session expired")
  CloseEvent sessionExpired();

  /** The room reached its member limit; try another room. */
  @Code(value = 4002, reason = "Room {room} is full")
  CloseEvent roomFull(String room);

  /** A moderator removed the member from the room. */
  @Code(value = 4003, reason = "Kicked by {moderator}: {why}")
  CloseEvent kicked(String moderator, String why);

  /** The member sent too many messages; reconnecting is allowed after the wait. */
  @Code(value = 4029, reason = "Too many messages; wait {seconds} s")
  CloseEvent rateLimited(int seconds);
}
