package dev.closecodes.samples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.CloseCodeRange;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.ReconnectPolicy;
import dev.closecodes.samples.moderation.ModerationCloseCode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chat set as the Maven build compiled it with the processor on the processor path. */
class ChatClosesTest {

  private final ChatCloses closes = new ChatCloseEvents();

  @Test
  void enumHoldsTheDeclaredCodes() {
    assertEquals(4, ChatCloseCode.values().length);
    assertEquals(4001, ChatCloseCode.SESSION_EXPIRED.code());
    assertEquals("Session expired", ChatCloseCode.SESSION_EXPIRED.reason());
    assertEquals("Room {room} is full", ChatCloseCode.ROOM_FULL.reason());
    assertEquals(
        "A moderator removed the member from the room.", ChatCloseCode.KICKED.description());
    assertEquals(CloseCodeRange.APPLICATION, ChatCloseCode.RATE_LIMITED.range());
    CloseCode typed = ChatCloseCode.RATE_LIMITED;
    assertEquals(4029, typed.code());
  }

  @Test
  void eachCodeSaysWhatAClientDoesNext() {
    assertEquals(ReconnectPolicy.newCredentials(), ChatCloseCode.SESSION_EXPIRED.reconnect());
    assertEquals(ReconnectPolicy.never(), ChatCloseCode.ROOM_FULL.reconnect());
    assertEquals(ReconnectPolicy.never(), ChatCloseCode.KICKED.reconnect());
    assertEquals(ReconnectPolicy.never(), ModerationCloseCode.BANNED.reconnect());
    assertEquals(
        ReconnectPolicy.backoff(ChatPolicy.defaults().window()),
        ChatCloseCode.RATE_LIMITED.reconnect(),
        "not before the rate limit's window is over");
  }

  @Test
  void lookupByNumber() {
    assertSame(ChatCloseCode.ROOM_FULL, ChatCloseCode.of(4002));
    assertEquals(Optional.of(ChatCloseCode.RATE_LIMITED), ChatCloseCode.find(4029));
    assertEquals(Optional.empty(), ChatCloseCode.find(4004));
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> ChatCloseCode.of(4004));
    assertEquals(
        "close code 4004 is not declared in dev.closecodes.samples.chat.ChatCloses",
        thrown.getMessage());
  }

  @Test
  void factoryFillsInReasons() {
    assertEquals(CloseEvent.of(4002, "Room lobby is full"), closes.roomFull("lobby"));
    assertEquals("Kicked by ada: spam", closes.kicked("ada", "spam").reason());
    assertEquals("Too many messages; wait 30 s", closes.rateLimited(30).reason());
    assertSame(closes.sessionExpired(), new ChatCloseEvents().sessionExpired());
  }

  @Test
  void longMultiByteArgumentIsCutToOneHundredTwentyThreeBytes() {
    CloseEvent event = closes.kicked("ada", "ünïcödé ".repeat(12));

    byte[] utf8 = event.reason().getBytes(StandardCharsets.UTF_8);
    assertEquals(123, utf8.length);
    assertEquals("Kicked by ada: " + "ünïcödé ".repeat(9), event.reason());
    assertEquals(Optional.of(ChatCloseCode.KICKED), event.closeCode());
  }
}
