package dev.closecodes.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

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

  /**
   * Per thread, the chars that a decoded or cut reason is put together in, so that it is copied
   * once, into its string. A reason that fits has at most {@value #MAX_BYTES} chars, since every
   * char takes a byte or more.
   */
  private static final ThreadLocal<char[]> CHARS =
      ThreadLocal.withInitial(() -> new char[MAX_BYTES]);

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
    int width = width(c);
    boolean pair =
        width == 3
            && Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
    return pair ? 4 : width;
  }

  /** The UTF-8 width of {@code c} alone; a surrogate, paired or not, counts 3. */
  private static int width(char c) {
    return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
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
    return fitsAsItIs(text) ? text : fitJoined(text);
  }

  /** Whether {@code text} has no unpaired surrogate and at most {@value #MAX_BYTES} bytes. */
  private static boolean fitsAsItIs(String text) {
    int bytes = 0;
    int length = text.length();
    for (int i = 0; i < length && bytes <= MAX_BYTES; i++) {
      int width = width(text, i);
      if (width == 3 && Character.isSurrogate(text.charAt(i))) {
        return false;
      }
      bytes += width;
      if (width == 4) {
        i++;
      }
    }
    return bytes <= MAX_BYTES;
  }

  /**
   * Joins {@code parts} into text that fits a close frame as {@link #fit(String)} makes it fit,
   * copying only what is kept, once into the scratch chars and once into the string. A reason
   * template's parts are its fixed texts and arguments.
   */
  static String fitJoined(String... parts) {
    char[] chars = CHARS.get();
    int length = 0;
    for (String part : parts) {
      // No more chars than bytes fit, so the scratch holds all that can be kept.
      int taken = Math.min(part.length(), MAX_BYTES - length);
      part.getChars(0, taken, chars, length);
      length += taken;
    }
    return new String(chars, 0, fitInPlace(chars, length));
  }

  /**
   * Replaces the unpaired surrogates among the first {@code length} chars with U+FFFD and returns
   * how many of them fit in {@value #MAX_BYTES} bytes, a surrogate pair kept or cut whole. A high
   * surrogate in the last place counts as unpaired: where its pair was not copied, the bytes before
   * it already leave no room for it.
   */
  private static int fitInPlace(char[] chars, int length) {
    int bytes = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      int width = width(c);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < length
            && Character.isLowSurrogate(chars[i + 1])) {
          width = 4;
        } else {
          chars[i] = REPLACEMENT;
        }
      }
      if (bytes + width > MAX_BYTES) {
        return i;
      }
      bytes += width;
      if (width == 4) {
        i++;
      }
    }
    return length;
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
   * Decodes the bytes from {@code start} to {@code end} of {@code buffer}, not moving it, as
   * strictly as RFC 3629 asks; an error names the byte. ASCII, the common case, is copied straight
   * into the string; other text is decoded into the scratch chars and copied once from there. A
   * heap buffer is read in place; a direct one is copied first.
   */
  static String decode(ByteBuffer buffer, int start, int end) {
    if (buffer.hasArray()) {
      int offset = buffer.arrayOffset() + start;
      return decode(buffer.array(), offset, offset + end - start);
    }
    byte[] bytes = new byte[end - start];
    buffer.duplicate().position(start).get(bytes);
    return decode(bytes, 0, bytes.length);
  }

  private static String decode(byte[] bytes, int start, int end) {
    int i = start;
    while (i < end && bytes[i] >= 0) {
      i++;
    }
    if (i == end) {
      return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }
    char[] chars = CHARS.get();
    int length = 0;
    for (int k = start; k < i; k++) {
      chars[length++] = (char) bytes[k];
    }
    while (i < end) {
      int b = bytes[i];
      if (b >= 0) {
        chars[length++] = (char) b;
        i++;
      } else if (b >= (byte) 0xC2
          && b <= (byte) 0xDF
          && i + 1 < end
          && bytes[i + 1] < (byte) 0xC0) {
        // A valid 2-byte character, such as any of Latin-1: the common case of codePointAt.
        chars[length++] = (char) ((b & 0x1F) << 6 | bytes[i + 1] & 0x3F);
        i += 2;
      } else {
        int codePoint = codePointAt(bytes, start, i, end);
        length += Character.toChars(codePoint, chars, length);
        i += codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
      }
    }
    return new String(chars, 0, length);
  }

  /**
   * The code point of the multi-byte character at {@code i}, which must be well formed: its width
   * follows from it, since no other form is accepted.
   *
   * @throws InvalidCloseFrameException naming the byte, counted from {@code start}, that breaks it
   */
  private static int codePointAt(byte[] bytes, int start, int i, int end) {
    int b = bytes[i] & 0xFF;
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
    return codePoint;
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
