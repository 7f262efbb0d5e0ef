package dev.closecodes.aggregated;

import dev.closecodes.marker.CompiledCloseCodes;
import javax.annotation.processing.Generated;

/**
 * Records the close codes of {@code com.example.chat.ChatCloses} for later compilations.
 */
@CompiledCloseCodes(
    set = "com.example.chat.ChatCloses",
    endpoint = "",
    provider = "com.example.chat.ChatCloseCode$Provider",
    codes = {
        @CompiledCloseCodes.Code(value = 4001, name = "SESSION_EXPIRED", reason = "Session expired", description = "The session token expired; sign in again, then reconnect.", reconnect = dev.closecodes.Reconnect.NEW_CREDENTIALS),
        @CompiledCloseCodes.Code(value = 4002, name = "ROOM_FULL", reason = "Room {room} is full", description = "The room reached its member limit."),
        @CompiledCloseCodes.Code(value = 4003, name = "AWKWARD_TEXT", reason = "Say \"bye\" \\ */ {braces} caf\u00e9 \ud83d\ude00 \000 tab\tend", description = "Text that generated code must carry exactly: \"quotes\", \\back\\slashes."),
        @CompiledCloseCodes.Code(value = 4010, name = "NUMBERS", reason = "{count}{limit} messages", description = "", reconnect = dev.closecodes.Reconnect.BACKOFF, notBeforeSeconds = 30),
        @CompiledCloseCodes.Code(value = 4099, name = "NO_REASON", reason = "", description = "")
    }
)
@Generated("dev.closecodes.processor.CloseCodesProcessor")
final class com_example_chat_ChatCloses {
  private com_example_chat_ChatCloses() {
  }
}
