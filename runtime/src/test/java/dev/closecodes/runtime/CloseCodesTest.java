package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** StandardCloseCode, CloseCodeRange and CloseFrame's code rules. */
class CloseCodesTest {

  @Test
  void standardCodesCoverOneThousandToOneThousandFifteen() {
    StandardCloseCode[] codes = StandardCloseCode.values();

    assertEquals(16, codes.length);
    for (int i = 0; i < codes.length; i++) {
      assertEquals(1000 + i, codes[i].code());
      assertEquals(codes[i], StandardCloseCode.of(1000 + i));
      assertEquals(CloseCodeRange.PROTOCOL, codes[i].range());
      assertFalse(codes[i].description().isEmpty());
    }
    assertEquals("Going Away", StandardCloseCode.GOING_AWAY.ianaName());
    assertEquals(Optional.empty(), StandardCloseCode.find(1016));
    assertEquals(Optional.empty(), StandardCloseCode.find(999));
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> StandardCloseCode.of(4000));
    assertEquals("close code 4000 is not a standard close code (1000-1015)", thrown.getMessage());
  }

  @Test
  void onlyReportingAndReservedStandardCodesAreNotSendable() {
    Set<Integer> notSendable = Set.of(1004, 1005, 1006, 1015);

    for (StandardCloseCode code : StandardCloseCode.values()) {
      assertEquals(!notSendable.contains(code.code()), code.isSendable(), code.name());
    }
  }

  @Test
  void validCodesOnTheWire() {
    for (int code = -5; code <= 70000; code++) {
      boolean expected =
          (code >= 1000 && code <= 1003)
              || (code >= 1007 && code <= 1014)
              || (code >= 3000 && code <= 4999);
      assertEquals(expected, WirePolicy.isSendable(code), "code " + code);
    }
  }

  @Test
  void rangesPartitionSixteenBits() {
    CloseCodeRange previous = null;
    for (int code = 0; code <= 65535; code++) {
      CloseCodeRange range = CloseCodeRange.of(code);
      assertTrue(range.contains(code));
      if (range != previous) {
        assertEquals(code, range.first(), range.name());
        previous = range;
      }
    }
    assertEquals(65535, CloseCodeRange.UNDEFINED.last());
    assertEquals("4000-4999", CloseCodeRange.APPLICATION.span());
    assertThrows(IllegalArgumentException.class, () -> CloseCodeRange.of(-1));
    assertThrows(IllegalArgumentException.class, () -> CloseCodeRange.of(65536));
  }
}
