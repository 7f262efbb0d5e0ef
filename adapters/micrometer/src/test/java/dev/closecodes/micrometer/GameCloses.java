package dev.closecodes.micrometer;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** The codes of the game endpoint, which reuses a number of the chat endpoint's. */
@CloseCodes(endpoint = "game")
public interface GameCloses {

  /** The player was kicked. */
  @Code(value = 4001, reason = "Kicked")
  CloseEvent kicked();
}
