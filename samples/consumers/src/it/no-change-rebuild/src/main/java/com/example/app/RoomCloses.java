package com.example.app;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** Why a room closes a connection. */
@CloseCodes
public interface RoomCloses {

  /** Room closed. */
  @Code(value = 4001, reason = "Room closed")
  CloseEvent roomClosed();

  /** Room full. */
  @Code(value = 4002, reason = "Room full")
  CloseEvent roomFull();
}
