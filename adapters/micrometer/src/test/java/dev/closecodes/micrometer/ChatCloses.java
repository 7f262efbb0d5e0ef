package dev.closecodes.micrometer;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** The codes of the chat endpoint, which reuses a number of the game endpoint's. */
@CloseCodes(endpoint = "chat")
public interface ChatCloses {

  /** The session expired. */
  @Code(value = 4001, reason = "Session expired")
  CloseEvent sessionExpired();
}
