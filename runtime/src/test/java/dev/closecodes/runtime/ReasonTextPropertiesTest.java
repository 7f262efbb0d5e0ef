package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reason counting and cutting on random Unicode: each property runs on thousands of inputs from
 * fixed seeds, so a failure names its seed and input and reproduces exactly.
 */
class ReasonTextPropertiesTest {

  private static final int TRIES = 5_000;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void utf8LengthIsTheEncodedLength(long seed) {
    RandomText random = new RandomText(seed);
    for (int i = 0; i < TRIES; i++) {
      String text = random.wellFormed(80);
      assertEquals(
          text.getBytes(StandardCharsets.UTF_8).length,
          ReasonText.utf8Length(text),
          () -> RandomText.escape(text));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void fitIsTheLongestWholeCodePointPrefixWithinTheLimit(long seed) {
    RandomText random = new RandomText(seed);
    for (int i = 0; i < TRIES; i++) {
      String text = random.wellFormed(160);
      String fitted = ReasonText.fit(text);
      String shown = RandomText.escape(text);

      assertTrue(text.startsWith(fitted), () -> "a prefix of " + shown);
      int bytes = fitted.getBytes(StandardCharsets.UTF_8).length;
      assertTrue(bytes <= CloseFrame.MAX_REASON_BYTES, () -> bytes + " bytes from " + shown);
      assertEquals(-1, ReasonText.indexOfUnpairedSurrogate(fitted), () -> "pair split in " + shown);
      if (fitted.length() < text.length()) {
        int next =
            new String(Character.toChars(text.codePointAt(fitted.length())))
                .getBytes(StandardCharsets.UTF_8)
                .length;
        assertTrue(
            bytes + next > CloseFrame.MAX_REASON_BYTES,
            () -> "the next code point would have fit: " + shown);
      } else {
        assertSame(text, fitted, () -> "text that fits is not copied: " + shown);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void fitAlwaysGivesAValidReason(long seed) {
    RandomText random = new RandomText(seed);
    for (int i = 0; i < TRIES; i++) {
      String text = random.anyChars(200);
      String fitted = ReasonText.fit(text);

      assertSame(fitted, ReasonText.requireValid(fitted), () -> RandomText.escape(text));
      assertEquals(
          fitted,
          new String(fitted.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
          () -> "lossless UTF-8 round trip of " + RandomText.escape(text));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void fitReplacesEachUnpairedSurrogateAndKeepsTheLongestPrefix(long seed) {
    RandomText random = new RandomText(seed);
    for (int i = 0; i < TRIES; i++) {
      String text = random.anyChars(200);
      // The code points as Java reads them, an unpaired surrogate as itself, each U+FFFD for it.
      StringBuilder expected = new StringBuilder();
      int bytes = 0;
      for (int codePoint : text.codePoints().toArray()) {
        int kept =
            Character.isSurrogate((char) codePoint) && codePoint < 0x10000 ? 0xFFFD : codePoint;
        int width = new String(Character.toChars(kept)).getBytes(StandardCharsets.UTF_8).length;
        if (bytes + width > CloseFrame.MAX_REASON_BYTES) {
          break;
        }
        bytes += width;
        expected.appendCodePoint(kept);
      }

      assertEquals(expected.toString(), ReasonText.fit(text), () -> RandomText.escape(text));
    }
  }
}
