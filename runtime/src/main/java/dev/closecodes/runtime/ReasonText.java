package dev.closecodes.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reason text as a close frame carries it: UTF-8, at most {@value #MAX_BYTES} bytes. The one place
 * that knows UTF-8: lengths, fitting, encoding without an intermediate array, and strict decoding
 * (RFC 3629; Unicode table 3-7: no overlong forms, no encoded surrogates, nothing above U+10FFFF,
 * no truncated sequences), whose errors name the byte offset. A property test checks that the
 * decoding accepts exactly what the JDK's strict decoder accepts.
 */
public final class ReasonText {

  /** The most bytes of UTF-8 a reason may take: a close frame's 125 less the 2-byte code. */
  public static final int MAX_BYTES = 123;

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
    boolean pair =
        Character.isHighSurrogate(c)
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
   * Makes {@code text} fit a close frame: an unpaired surrogate becomes U+FFFD, and text longer
   * than {@value #MAX_BYTES} bytes of UTF-8 is cut after the last whole code point that fits. Text
   * that already fits is returned as it is, without copying.
   *
   * @param text any text
   * @return text that {@link #requireValid(String)} accepts
   */
  public static String fit(String text) {
    int length = text.length();
    if (length <= MAX_BYTES / 3 && !hasSurrogate(text)) {
      return text;
    }
    int bytes = 0;
    boolean unpaired = false;
    for (int i = 0; i < length; i++) {
      int width = width(text, i);
      if (bytes + width > MAX_BYTES) {
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

  /**
   * Makes the concatenation of {@code parts} fit a close frame as {@link #fit(String)} makes it
   * fit, in place and without building the text that is cut off: the part where the limit falls is
   * cut and the parts after it emptied. A reason template's parts are its fixed texts and
   * arguments.
   */
  static void fit(String[] parts) {
    int bytes = 0;
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      int length = part.length();
      for (int i = 0; i < length; i++) {
        int width = width(part, i);
        if (width == 3 && Character.isSurrogate(part.charAt(i))) {
          // An unpaired surrogate, or a pair split between two parts: rare enough to join first.
          parts[0] = fit(String.join("", parts));
          Arrays.fill(parts, 1, parts.length, "");
          return;
        }
        if (bytes + width > MAX_BYTES) {
          parts[p] = part.substring(0, i);
          Arrays.fill(parts, p + 1, parts.length, "");
          return;
        }
        bytes += width;
        if (width == 4) {
          i++;
        }
      }
    }
  }

  /**
   * Whether {@code text} holds a surrogate. Text of at most {@code MAX_BYTES / 3} chars without one
   * always fits, since no other char takes more than 3 bytes: checking that is all the work.
   */
  static boolean hasSurrogate(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
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
   * @throws IllegalArgumentException if it has an unpaired surrogate or exceeds {@value #MAX_BYTES}
   *     bytes of UTF-8
   * @throws NullPointerException if {@code text} is null
   */
  public static String requireValid(String text) {
    int bytes = utf8Length(text);
    if (bytes > MAX_BYTES) {
      throw new IllegalArgumentException("reason is " + tooLong(bytes) + ": \"" + text + "\"");
    }
    int unpaired = indexOfUnpairedSurrogate(text);
    if (unpaired >= 0) {
      throw new IllegalArgumentException("reason has " + unpairedSurrogate(text, unpaired));
    }
    return text;
  }

  /** Why text of {@code bytes} bytes cannot be a reason, for a message. */
  static String tooLong(int bytes) {
    return bytes + " bytes of UTF-8, but a close frame carries at most " + MAX_BYTES;
  }

  /** Why text with an unpaired surrogate at {@code index} cannot be a reason, for a message. */
  static String unpairedSurrogate(String text, int index) {
    return String.format(
        "an unpaired surrogate U+%04X at index %d, which UTF-8 cannot encode",
        (int) text.charAt(index), index);
  }

  /**
   * Writes {@code reason}, which {@link #requireValid} accepts, as UTF-8 into {@code out} from
   * {@code at}; returns the index after the last byte.
   */
  static int encode(String reason, byte[] out, int at) {
    int length = reason.length();
    int i = 0;
    for (; i < length; i++) {
      char c = reason.charAt(i);
      if (c >= 0x80) {
        break;
      }
      out[at++] = (byte) c;
    }
    for (; i < length; i++) {
      char c = reason.charAt(i);
      if (c < 0x80) {
        out[at++] = (byte) c;
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | c >> 6);
        out[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)) {
        int codePoint = Character.toCodePoint(c, reason.charAt(++i));
        out[at++] = (byte) (0xF0 | codePoint >> 18);
        out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | codePoint & 0x3F);
      } else {
        out[at++] = (byte) (0xE0 | c >> 12);
        out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return at;
  }

  /**
   * Decodes the bytes from {@code start} to {@code end} of {@code buffer}, not moving it. The JDK's
   * decoder builds the string: it is as strict as RFC 3629 and puts U+FFFD where input is
   * malformed, so only a result that holds U+FFFD needs the check that tells a malformed byte from
   * a U+FFFD that was sent, and names the byte. A heap buffer is read in place; a direct one is
   * copied once.
   */
  static String decode(ByteBuffer buffer, int start, int end) {
    byte[] bytes;
    int offset;
    if (buffer.hasArray()) {
      bytes = buffer.array();
      offset = buffer.arrayOffset() + start;
    } else {
      bytes = new byte[end - start];
      offset = 0;
      ByteBuffer slice = buffer.duplicate();
      slice.position(start);
      slice.get(bytes);
    }
    int length = end - start;
    String decoded = new String(bytes, offset, length, StandardCharsets.UTF_8);
    if (decoded.indexOf(REPLACEMENT) >= 0) {
      validate(bytes, offset, offset + length);
    }
    return decoded;
  }

  private static void validate(byte[] bytes, int start, int end) {
    int i = start;
    while (i < end && bytes[i] >= 0) {
      i++;
    }
    while (i < end) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int width;
      int min;
      int codePoint;
      if (b >= 0xC2 && b <= 0xDF) {
        width = 2;
        min = 0x80;
        codePoint = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        width = 3;
        min = 0x800;
        codePoint = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        width = 4;
        min = 0x10000;
        codePoint = b & 0x07;
      } else {
        throw invalid(start, i, String.format("byte 0x%02X cannot start a character", b));
      }
      if (i + width > end) {
        throw invalid(start, i, "the reason ends inside a " + width + "-byte character");
      }
      for (int k = 1; k < width; k++) {
        int next = bytes[i + k] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          throw invalid(start, i + k, "a " + width + "-byte character is cut short");
        }
        codePoint = codePoint << 6 | next & 0x3F;
      }
      if (codePoint < min) {
        throw invalid(start, i, "an overlong encoding of U+" + hex(codePoint));
      }
      if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
        throw invalid(start, i, "an encoded surrogate U+" + hex(codePoint));
      }
      if (codePoint > Character.MAX_CODE_POINT) {
        throw invalid(start, i, "a code point above U+10FFFF");
      }
      i += width;
    }
  }

  private static String hex(int codePoint) {
    return String.format("%04X", codePoint);
  }

  private static InvalidCloseFrameException invalid(int start, int at, String what) {
    return new InvalidCloseFrameException(
        "close frame reason is not valid UTF-8 at byte " + (at - start) + " of the reason: " + what,
        StandardCloseCode.INVALID_FRAME_PAYLOAD_DATA);
  }
}
