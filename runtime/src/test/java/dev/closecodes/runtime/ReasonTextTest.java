package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReasonTextTest {

  private static final String EMOJI = "\ud83d\ude00";

  @Test
  void utf8LengthCountsEveryWidth() {
    assertEquals(0, ReasonText.utf8Length(""));
    assertEquals(1, ReasonText.utf8Length("a"));
    assertEquals(2, ReasonText.utf8Length("é"));
    assertEquals(3, ReasonText.utf8Length("€"));
    assertEquals(4, ReasonText.utf8Length(EMOJI));
    assertEquals(3, ReasonText.utf8Length("\ud83d"), "an unpaired surrogate counts as U+FFFD");
    assertEquals(6, ReasonText.utf8Length("\ude00\ud83d"), "a reversed pair is two unpaired");
  }

  @Test
  void fitReturnsTextThatFitsUnchanged() {
    String fits = "x".repeat(123);

    assertSame(fits, ReasonText.fit(fits));
  }

  @Test
  void fitCutsAfterTheLastWholeCodePoint() {
    assertEquals("x".repeat(123), ReasonText.fit("x".repeat(124)));
    // 122 bytes of ASCII, then an emoji that would need 4 bytes: it goes whole.
    assertEquals("x".repeat(122), ReasonText.fit("x".repeat(122) + EMOJI));
    // 120 + 3 bytes fits exactly.
    assertEquals("x".repeat(120) + "€", ReasonText.fit("x".repeat(120) + "€€"));
    assertEquals("é".repeat(61), ReasonText.fit("é".repeat(62)));
  }

  @Test
  void fitReplacesUnpairedSurrogates() {
    assertEquals("a\ufffdb", ReasonText.fit("a\ud83db"));
    assertEquals("\ufffd", ReasonText.fit("\ude00"));
  }

  @Test
  void indexOfUnpairedSurrogate() {
    assertEquals(-1, ReasonText.indexOfUnpairedSurrogate("a" + EMOJI + "b"));
    assertEquals(1, ReasonText.indexOfUnpairedSurrogate("a\ud83d"));
    assertEquals(0, ReasonText.indexOfUnpairedSurrogate("\ude00" + EMOJI));
  }

  @Test
  void requireValidNamesTheByteCount() {
    IllegalArgumentException tooLong =
        assertThrows(IllegalArgumentException.class, () -> ReasonText.requireValid("é".repeat(62)));

    assertEquals(
        "reason is 124 bytes of UTF-8, but a close frame carries at most 123: \""
            + "é".repeat(62)
            + "\"",
        tooLong.getMessage());
  }

  @Test
  void requireValidNamesTheSurrogate() {
    IllegalArgumentException unpaired =
        assertThrows(IllegalArgumentException.class, () -> ReasonText.requireValid("ab\ud83d"));

    assertEquals(
        "reason has an unpaired surrogate U+D83D at index 2, which UTF-8 cannot encode",
        unpaired.getMessage());
  }
}
