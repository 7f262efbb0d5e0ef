package dev.closecodes.runtime;

import java.util.SplittableRandom;

/**
 * Random text for property tests: reproducible from a seed, weighted towards the cases that matter
 * for UTF-8 (every encoded width, surrogate pairs, unpaired surrogates).
 */
final class RandomText {

  private final SplittableRandom random;

  RandomText(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Well-formed Unicode of up to {@code maxCodePoints} code points, every UTF-8 width likely. */
  String wellFormed(int maxCodePoints) {
    StringBuilder text = new StringBuilder();
    int count = random.nextInt(maxCodePoints + 1);
    for (int i = 0; i < count; i++) {
      text.appendCodePoint(codePoint());
    }
    return text.toString();
  }

  /** Any chars at all, unpaired surrogates included, up to {@code maxChars}. */
  String anyChars(int maxChars) {
    StringBuilder text = new StringBuilder();
    int count = random.nextInt(maxChars + 1);
    for (int i = 0; i < count; i++) {
      text.append(
          random.nextInt(4) == 0
              ? (char) random.nextInt(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1)
              : (char) random.nextInt(Character.MAX_VALUE + 1));
    }
    return text.toString();
  }

  private int codePoint() {
    switch (random.nextInt(5)) {
      case 0:
      case 1:
        return random.nextInt(0x20, 0x7f);
      case 2:
        return random.nextInt(0x80, 0x800);
      case 3:
        int bmp = random.nextInt(0x800, 0x10000);
        return Character.isSurrogate((char) bmp) ? 0xFFFD : bmp;
      default:
        return random.nextInt(0x10000, 0x110000);
    }
  }

  /** Shows text with every non-ASCII char escaped, for failure messages. */
  static String escape(String text) {
    StringBuilder shown = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      shown.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return shown.append('"').toString();
  }
}
