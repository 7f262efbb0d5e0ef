package com.example.chat;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.Reconnect;
import dev.closecodes.runtime.CloseEvent;

/** Why the chat server ends a connection. */
@CloseCodes
public interface ChatCloses {

  /** The session token expired; sign in again, then reconnect. */
  @Code(value = 4001, reason = "Session expired", reconnect = Reconnect.NEW_CREDENTIALS)
  CloseEvent sessionExpired();

  /** The room reached its member limit. */
  @Code(value = 4002, reason = "Room {room} is full")
  CloseEvent roomFull(String room);
}
