package dev.closecodes.benchmarks;

import java.util.SplittableRandom;

/** Inputs shared by the benchmarks: realistic, and the same in every run. */
final class Inputs {

  /** A room name with non-ASCII text. */
  static final String ROOM = "café-lobby";

  /** A room name that Latin-1 cannot hold. */
  static final String WIDE_ROOM = "лобби-кафе";

  /** A kick reason that pushes the reason past 123 bytes of UTF-8, so it must be cut. */
  static final String LONG_WHY = "Спам в лобби! 🚫 ".repeat(10);

  private Inputs() {}

  /** 1024 codes drawn from the set, so that lookups do not hit one branch or one cache line. */
  static int[] spreadCodes() {
    BenchCloseCode[] all = BenchCloseCode.values();
    SplittableRandom random = new SplittableRandom(42);
    int[] codes = new int[1024];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = all[random.nextInt(all.length)].code();
    }
    return codes;
  }
}
