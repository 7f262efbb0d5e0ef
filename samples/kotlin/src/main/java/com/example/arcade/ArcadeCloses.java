package com.example.arcade;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.Reconnect;
import dev.closecodes.runtime.CloseEvent;

/** Why the arcade closes a player's connection: every kind of code and of contract. */
@CloseCodes(endpoint = "arcade", reconnect = Reconnect.BACKOFF, retired = 4009)
public interface ArcadeCloses {

  /** The session expired; sign in again. */
  @Code(value = 4001, reason = "Session expired", reconnect = Reconnect.NEW_CREDENTIALS)
  CloseEvent sessionExpired();

  /** The player made too many moves; come back in half a minute. */
  @Code(value = 4003, reason = "Too many moves", notBeforeSeconds = 30)
  CloseEvent rateLimited();

  /** The player is banned. */
  @Code(value = 4004, reason = "Banned", reconnect = Reconnect.NEVER)
  CloseEvent banned();

  /** The server moved the player to another table. */
  @Code(value = 4005, reason = "Moved", reconnect = Reconnect.AT_ONCE)
  CloseEvent moved();

  /**
   * The table closed.
   *
   * @deprecated Send {@link #moved()} instead.
   */
  @Deprecated
  @Code(value = 4006, reason = "Table {table} closed")
  CloseEvent tableClosed(String table);
}
