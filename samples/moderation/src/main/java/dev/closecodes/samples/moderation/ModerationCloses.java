package dev.closecodes.samples.moderation;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.Reconnect;
import dev.closecodes.runtime.CloseEvent;

/** Why moderation tools end a member's connection; shared by every application with a chat. */
@CloseCodes(endpoint = "chat")
public interface ModerationCloses {

  /** A moderator banned the member; reconnecting is refused. */
  @Code(value = 4100, reason = "Banned by {moderator}", reconnect = Reconnect.NEVER)
  CloseEvent banned(String moderator);

  /** A moderator muted the member for a while. */
  @Code(value = 4101, reason = "Muted for {minutes} min")
  CloseEvent muted(int minutes);
}
