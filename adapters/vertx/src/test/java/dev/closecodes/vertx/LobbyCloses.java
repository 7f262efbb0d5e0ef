package dev.closecodes.vertx;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** The test endpoint's codes. */
@CloseCodes
public interface LobbyCloses {

  /** The room is full. */
  @Code(value = 4201, reason = "Room {room} is full")
  CloseEvent roomFull(String room);
}
