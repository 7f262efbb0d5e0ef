package dev.closecodes.runtime;

/**
 * Reason text as a close frame carries it: UTF-8, at most {@value CloseFrame#MAX_REASON_BYTES}
 * bytes.
 */
public final class ReasonText {

  private static final char REPLACEMENT = '\uFFFD';

  private ReasonText() {}

  /**
   * Counts the bytes {@code text} takes in UTF-8, without encoding it. An unpaired surrogate counts
   * as the 3 bytes of the replacement character that stands for it.
   *
   * @param text any text
   * @return its length in UTF-8
   */
  public static int utf8Length(CharSequence text) {
    int bytes = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      int width = width(text, i);
      bytes += width;
      if (width == 4) {
        i++;
      }
    }
    return bytes;
  }

  /**
   * The UTF-8 width of the code point at {@code i}: 4 for a surrogate pair (two chars), 3 for an
   * unpaired surrogate (encoded as U+FFFD).
   */
  private static int width(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c < 0x80) {
      return 1;
    }
    if (c < 0x800) {
      return 2;
    }
    boolean pair = Character.isHighSurrogate(c)
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1));
    return pair ? 4 : 3;
  }

  /**
   * Finds the first unpaired surrogate in {@code text}, which UTF-8 cannot encode.
   *
   * @param text any text
   * @return its index, or -1 when every surrogate is paired
   */
  public static int indexOfUnpairedSurrogate(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (width(text, i) == 4) {
        i++;
      } else if (Character.isSurrogate(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Makes {@code text} fit a close frame: an unpaired surrogate becomes U+FFFD, and text longer than
   * {@value CloseFrame#MAX_REASON_BYTES} bytes of UTF-8 is cut after the last whole code point that
   * fits. Text that already fits is returned as it is, without copying.
   *
   * @param text any text
   * @return text that {@link #requireValid(String)} accepts
   */
  public static String fit(String text) {
    int length = text.length();
    int bytes = 0;
    boolean unpaired = false;
    for (int i = 0; i < length; i++) {
      int width = width(text, i);
      if (bytes + width > CloseFrame.MAX_REASON_BYTES) {
        return unpaired ? rebuild(text, i) : text.substring(0, i);
      }
      bytes += width;
      if (width == 4) {
        i++;
      } else if (width == 3) {
        unpaired |= Character.isSurrogate(text.charAt(i));
      }
    }
    return unpaired ? rebuild(text, length) : text;
  }

  /** Copies the first {@code end} chars of {@code text}, unpaired surrogates replaced. */
  private static String rebuild(String text, int end) {
    StringBuilder fitted = new StringBuilder(end);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (width(text, i) == 4) {
        fitted.append(c).append(text.charAt(++i));
      } else {
        fitted.append(Character.isSurrogate(c) ? REPLACEMENT : c);
      }
    }
    return fitted.toString();
  }

  /**
   * Checks that {@code text} can be sent as a reason.
   *
   * @param text the reason
   * @return {@code text}
   * @throws IllegalArgumentException if it has an unpaired surrogate or exceeds {@value
   *     CloseFrame#MAX_REASON_BYTES} bytes of UTF-8
   * @throws NullPointerException if {@code text} is null
   */
  public static String requireValid(String text) {
    int bytes = utf8Length(text);
    if (bytes > CloseFrame.MAX_REASON_BYTES) {
      throw new IllegalArgumentException("reason is " + bytes + " bytes of UTF-8, but a close frame"
          + " carries at most " + CloseFrame.MAX_REASON_BYTES + ": \"" + text + "\"");
    }
    int unpaired = indexOfUnpairedSurrogate(text);
    if (unpaired >= 0) {
      throw new IllegalArgumentException(String.format(
          "reason has an unpaired surrogate U+%04X at index %d, which UTF-8 cannot encode",
          (int) text.charAt(unpaired), unpaired));
    }
    return text;
  }
}
