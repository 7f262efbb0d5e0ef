package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.runtime.TestSets.GameCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CloseEventTest {

  @Test
  void eventOfATypedCode() {
    CloseEvent event = CloseEvent.of(GameCode.GAME_OVER);

    assertEquals(4100, event.code());
    assertEquals("Game over", event.reason());
    assertTrue(event.wasClean());
    assertEquals(Optional.of(GameCode.GAME_OVER), event.closeCode());
    assertEquals("CloseEvent[4100 GAME_OVER \"Game over\", clean]", event.toString());
  }

  @Test
  void eventOfABareStandardNumberIsTyped() {
    CloseEvent event = CloseEvent.of(1001, "");

    assertEquals(Optional.of(StandardCloseCode.GOING_AWAY), event.closeCode());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      1005 | close code 1005 (No Status Rcvd) may not be sent: Reported when a close frame carried no status code; never sent.
      1006 | close code 1006 (Abnormal Closure) may not be sent: Reported when a connection ended without a close frame; never sent.
      1015 | close code 1015 (TLS handshake) may not be sent: Reported when the TLS handshake failed; never sent.
      1004 | close code 1004 (Reserved) may not be sent: Reserved; the meaning might be defined in the future.
      999  | close code 999 may not be sent: 0-999 is not used by RFC 6455
      1016 | close code 1016 may not be sent: 1000-2999 is reserved for the WebSocket protocol and its extensions (RFC 6455)
      5000 | close code 5000 may not be sent: 5000-65535 is not defined by RFC 6455; peers reject it
      -1   | close code -1 does not fit the 16 bits of a close frame (0-65535)
      """)
  void unsendableCodesAreRefusedWithTheReason(int code, String message) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> CloseEvent.of(code, ""));

    assertEquals(message, refused.getMessage());
  }

  @Test
  void reasonThatDoesNotFitIsRefusedByOfAndCutByFitting() {
    String long124 = "x".repeat(124);

    assertThrows(IllegalArgumentException.class, () -> CloseEvent.of(GameCode.GAME_OVER, long124));
    assertEquals("x".repeat(123), CloseEvent.fitting(GameCode.GAME_OVER, long124).reason());
  }

  @Test
  void receivedEventsMayCarryCodesThatAreNeverSent() {
    CloseEvent abnormal = CloseEvent.received(1006, "", false);

    assertFalse(abnormal.wasClean());
    assertEquals(Optional.of(StandardCloseCode.ABNORMAL_CLOSURE), abnormal.closeCode());
    assertEquals("CloseEvent[1006 ABNORMAL_CLOSURE \"\", not clean]", abnormal.toString());
    assertEquals(Optional.empty(), CloseEvent.received(4999, "x", true).closeCode());
    assertEquals(
        Optional.of(GameCode.KICKED),
        CloseEvent.received(4101, "", true).closeCode(),
        "typed by the registry");
  }

  @Test
  void receivedRecordsWhatStacksReportWithoutJudgingIt() {
    CloseEvent refused = CloseEvent.received(-1, null, false);
    String longReason = "x".repeat(200);

    assertEquals(-1, refused.code());
    assertEquals("", refused.reason());
    assertEquals(Optional.empty(), refused.closeCode());
    assertEquals(65536, CloseEvent.received(65536, "", true).code());
    assertEquals(longReason, CloseEvent.received(4001, longReason, true).reason());
    assertEquals("a\ud800b", CloseEvent.received(1000, "a\ud800b", true).reason());
    assertEquals(
        Optional.of(StandardCloseCode.TLS_HANDSHAKE),
        CloseEvent.received(1015, "", false).closeCode());
  }

  @Test
  void aReceivedCodeCanBeHadAsTheEnumItBelongsTo() {
    CloseEvent kicked = CloseEvent.received(4101, "", true);

    assertEquals(Optional.of(GameCode.KICKED), kicked.closeCode(GameCode.class));
    assertEquals(Optional.empty(), CloseEvent.received(4999, "", true).closeCode(GameCode.class));
    assertEquals(
        Optional.of(StandardCloseCode.GOING_AWAY),
        CloseEvent.received(1001, "", true).closeCode(StandardCloseCode.class));
    assertEquals(Optional.empty(), kicked.closeCode(StandardCloseCode.class));
  }

  @Test
  void stacksThatTakeNullForNoReasonGetNullForTheEmptyReasonOnly() {
    assertNull(CloseEvent.of(1000, "").reasonOrNull());
    assertNull(CloseEvent.received(1000, null).reasonOrNull());
    assertEquals(" ", CloseEvent.of(1000, " ").reasonOrNull());
    assertEquals("Game over", CloseEvent.of(GameCode.GAME_OVER).reasonOrNull());
  }

  @Test
  void equalityIsCodeReasonAndCleanliness() {
    CloseEvent gameOver = CloseEvent.of(GameCode.GAME_OVER);

    assertEquals(gameOver, CloseEvent.of(4100, "Game over"));
    assertEquals(gameOver.hashCode(), CloseEvent.of(4100, "Game over").hashCode());
    assertNotEquals(gameOver, CloseEvent.received(4100, "Game over", false));
    assertNotEquals(gameOver, CloseEvent.of(4100, "game over"));
  }

  @Test
  void aStackThatDoesNotSayWhetherTheHandshakeCompletedGetsItFromTheCode() {
    assertFalse(CloseEvent.received(1006, null).wasClean());
    assertFalse(CloseEvent.received(1015, "").wasClean());
    assertTrue(CloseEvent.received(1000, "").wasClean());
    assertEquals("", CloseEvent.received(4001, null).reason());
  }

  @Test
  void theNamedEventsEveryStackNeedsAreReceivedAndNeverSent() {
    assertEquals(CloseEvent.received(1006, "", false), CloseEvent.abnormalClosure());
    assertEquals(CloseEvent.received(1005, "", true), CloseEvent.noStatus());
    assertEquals(
        Optional.of(StandardCloseCode.ABNORMAL_CLOSURE), CloseEvent.abnormalClosure().closeCode());
    assertThrows(IllegalArgumentException.class, CloseEvent.abnormalClosure()::requireSendable);
    assertThrows(IllegalArgumentException.class, CloseEvent.noStatus()::requireSendable);
  }

  @Test
  void aReceivedEventThatCouldBeSentPassesTheCheckAsAnEventMadeToSend() {
    CloseEvent received = CloseEvent.received(4101, "Kicked", true);

    assertEquals(received, received.requireSendable());
    assertEquals(CloseEvent.of(GameCode.KICKED), received);
    assertThrows(
        IllegalArgumentException.class,
        () -> CloseEvent.received(4101, "x".repeat(124), true).requireSendable());
  }
}
