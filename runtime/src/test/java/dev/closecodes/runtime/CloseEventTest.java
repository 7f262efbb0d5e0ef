package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CloseEventTest {

  /** A code as generated code declares one. */
  private enum AppCode implements CloseCode {
    BYE(4001, "Bye");

    private final int code;
    private final String reason;

    AppCode(int code, String reason) {
      this.code = code;
      this.reason = reason;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String reason() {
      return reason;
    }
  }

  @Test
  void eventOfATypedCode() {
    CloseEvent event = CloseEvent.of(AppCode.BYE);

    assertEquals(4001, event.code());
    assertEquals("Bye", event.reason());
    assertTrue(event.wasClean());
    assertEquals(Optional.of(AppCode.BYE), event.closeCode());
    assertEquals("CloseEvent[4001 BYE \"Bye\", clean]", event.toString());
  }

  @Test
  void eventOfABareStandardNumberIsTyped() {
    CloseEvent event = CloseEvent.of(1001, "");

    assertEquals(Optional.of(StandardCloseCode.GOING_AWAY), event.closeCode());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
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

    assertThrows(IllegalArgumentException.class, () -> CloseEvent.of(AppCode.BYE, long124));
    assertEquals("x".repeat(123), CloseEvent.fitting(AppCode.BYE, long124).reason());
  }

  @Test
  void receivedEventsMayCarryCodesThatAreNeverSent() {
    CloseEvent abnormal = CloseEvent.received(1006, "", false);

    assertFalse(abnormal.wasClean());
    assertEquals(Optional.of(StandardCloseCode.ABNORMAL_CLOSURE), abnormal.closeCode());
    assertEquals("CloseEvent[1006 ABNORMAL_CLOSURE \"\", not clean]", abnormal.toString());
    assertEquals(Optional.empty(), CloseEvent.received(4999, "x", true).closeCode());
    assertThrows(IllegalArgumentException.class, () -> CloseEvent.received(65536, "", true));
  }

  @Test
  void equalityIsCodeReasonAndCleanliness() {
    assertEquals(CloseEvent.of(AppCode.BYE), CloseEvent.of(4001, "Bye"));
    assertEquals(CloseEvent.of(AppCode.BYE).hashCode(), CloseEvent.of(4001, "Bye").hashCode());
    assertNotEquals(CloseEvent.of(AppCode.BYE), CloseEvent.received(4001, "Bye", false));
    assertNotEquals(CloseEvent.of(AppCode.BYE), CloseEvent.of(4001, "bye"));
  }
}
