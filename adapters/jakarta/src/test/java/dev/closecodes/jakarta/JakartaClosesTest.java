package dev.closecodes.jakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import jakarta.websocket.CloseReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the contract does not cover: Jakarta's own code for a generated one, and what Jakarta
 * reports recorded without throwing. A server endpoint on Jetty and a client endpoint on Jetty's
 * container run the contract ({@link JakartaServerContractTest}, {@link
 * JakartaClientContractTest}).
 */
class JakartaClosesTest {

  private static final ShopCloses CLOSES = new ShopCloseEvents();

  @Test
  void aGeneratedCodeBecomesAJakartaCloseCode() {
    assertEquals(4201, JakartaCloses.code(ShopCloseCode.CHECKED_OUT).getCode());
    assertEquals(4201, JakartaCloses.toStack(CLOSES.checkedOut()).getCloseCode().getCode());
    assertEquals("Checked out", JakartaCloses.toStack(CLOSES.checkedOut()).getReasonPhrase());
    assertSame(CloseReason.CloseCodes.GOING_AWAY, JakartaCloses.code(StandardCloseCode.GOING_AWAY));
    assertEquals(
        List.of(CloseCode.class),
        List.of(ShopCloseCode.class.getInterfaces()),
        "the enum needs no Jakarta at run time");
  }

  @Test
  void abnormalClosureIsNotCleanAndCannotBeSent() {
    CloseEvent abnormal =
        JakartaCloses.received(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, null));

    assertEquals(1006, abnormal.code());
    assertFalse(abnormal.wasClean());
    assertThrows(IllegalArgumentException.class, () -> JakartaCloses.toStack(abnormal));
    assertThrows(
        IllegalArgumentException.class, () -> JakartaCloses.code(StandardCloseCode.TLS_HANDSHAKE));
  }

  @Test
  void receivedNeverThrows() {
    CloseEvent missing = JakartaCloses.received(null);
    CloseEvent noPhrase =
        JakartaCloses.received(new CloseReason(CloseReason.CloseCodes.NO_STATUS_CODE, null));

    assertEquals(1006, missing.code());
    assertFalse(missing.wasClean());
    assertEquals(1005, noPhrase.code());
    assertEquals("", noPhrase.reason());
  }
}
