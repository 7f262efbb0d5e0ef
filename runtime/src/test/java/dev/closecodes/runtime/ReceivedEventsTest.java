package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The received events kept per code, each test with its own. */
class ReceivedEventsTest {

  private final ReceivedEvents kept = new ReceivedEvents();

  private ByteBuffer payload(int code, byte... reason) {
    return ByteBuffer.allocate(2 + reason.length).putShort((short) code).put(reason).flip();
  }

  private ByteBuffer payload(int code, String reason) {
    return payload(code, reason.getBytes(StandardCharsets.UTF_8));
  }

  private CloseEvent decode(ByteBuffer payload) {
    return CloseFrame.decode(payload, kept);
  }

  @Test
  void theFirstReasonOfACodeIsReadAsOneEvent() {
    String reason = "Room caf\u00e9 \ud83d\ude00 is full";
    CloseEvent first = decode(payload(4010, reason));

    assertEquals(CloseEvent.received(4010, reason, true), first);
    assertSame(first, decode(payload(4010, reason)));
    ByteBuffer direct = ByteBuffer.allocateDirect(64).put(payload(4010, reason)).flip();
    assertSame(first, decode(direct));
    ByteBuffer inLargerArray = ByteBuffer.allocate(64).put(new byte[5]).put(payload(4010, reason));
    assertSame(first, decode(inLargerArray.flip().position(5).slice()));
    assertNotSame(first, decode(payload(4011, reason)), "one event per code");
  }

  @Test
  void otherReasonsAreReadAfreshAndTheFirstStaysKept() {
    CloseEvent first = decode(payload(4010, "Room 1 is full"));

    CloseEvent other = decode(payload(4010, "Room 2 is full"));
    assertEquals("Room 2 is full", other.reason());
    assertNotSame(other, decode(payload(4010, "Room 2 is full")));
    assertNotSame(first, decode(payload(4010, "Room 1 is full!")));
    assertSame(first, decode(payload(4010, "Room 1 is full")));
    assertEquals("Room 1 is full", first.reason());
  }

  @Test
  void aPayloadThatDiffersFromTheKeptReasonIsCheckedInFull() {
    decode(payload(4011, "a\ufffd"));

    assertThrows(
        InvalidCloseFrameException.class,
        () -> decode(payload(4011, (byte) 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80)));
    assertThrows(
        InvalidCloseFrameException.class,
        () -> decode(payload(4011, (byte) 'a', (byte) 0xEF, (byte) 0xBF)));
  }

  @Test
  void anEventWithoutAReasonIsMadeOncePerCode() {
    CloseEvent first = decode(payload(4012, ""));

    assertSame(first, decode(payload(4012, "")));
    assertSame(first, kept.withoutReason(4012));
    assertEquals("", first.reason());
  }

  @Test
  void onlyCleanClosesAreKept() {
    CloseEvent global = CloseEvent.received(4010, "bye", true);
    CloseEvent unclean = CloseEvent.received(4010, "bye", false);

    assertFalse(unclean.wasClean());
    assertNotSame(unclean, CloseEvent.received(4010, "bye", false));
    assertEquals(global.reason(), unclean.reason());
  }
}
