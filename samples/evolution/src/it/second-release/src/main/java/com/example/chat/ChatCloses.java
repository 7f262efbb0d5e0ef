package com.example.chat;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** Why the chat server ends a connection: release 2.0 adds a code and rewords a template. */
@CloseCodes
public interface ChatCloses {

  /** The session token expired; sign in again, then reconnect. */
  @Code(value = 4001, reason = "Session expired")
  CloseEvent sessionExpired();

  /** The room reached its member limit. */
  @Code(value = 4002, reason = "Room {name} is full")
  CloseEvent roomFull(String name);

  /** A moderator removed the member from the room. */
  @Code(value = 4003, reason = "Removed by a moderator")
  CloseEvent removed();
}
