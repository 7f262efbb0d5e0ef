package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Recording what a stack reports never throws and keeps it exactly, from fixed seeds. */
class ReceivedPropertiesTest {

  private static final int[] EDGES = {
    Integer.MIN_VALUE,
    -65536,
    -1,
    0,
    999,
    1000,
    1004,
    1005,
    1006,
    1015,
    1016,
    2999,
    3000,
    4999,
    5000,
    65535,
    65536,
    Integer.MAX_VALUE
  };

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void anyCodeAndAnyReasonAreRecordedAsReported(long seed) {
    SplittableRandom numbers = new SplittableRandom(seed);
    RandomText text = new RandomText(seed);
    for (int i = 0; i < 20_000; i++) {
      int code = i < EDGES.length ? EDGES[i] : numbers.nextInt();
      String reason = numbers.nextInt(10) == 0 ? null : text.anyChars(300);
      boolean clean = numbers.nextBoolean();

      CloseEvent event = CloseEvent.received(code, reason, clean);

      String input = "code " + code + ", reason " + escaped(reason);
      assertEquals(code, event.code(), input);
      assertEquals(reason == null ? "" : reason, event.reason(), input);
      assertEquals(clean, event.wasClean(), input);
      assertEquals(
          event.closeCode().isPresent(), CloseCodeRegistry.global().find(code).isPresent(), input);
    }
  }

  private static String escaped(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder escaped = new StringBuilder();
    text.chars()
        .forEach(
            c ->
                escaped.append(
                    c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return escaped.toString();
  }
}
