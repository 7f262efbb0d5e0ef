package com.example.chat;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** Why the chat server ends a connection. */
@CloseCodes(endpoint = "chat")
public interface ChatCloses {

  /** The room reached its member limit; try another room. */
  @Code(value = 4002, reason = "Room {room} is full")
  CloseEvent roomFull(String room);
}
