package dev.closecodes.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding (RFC 3629; Unicode table 3-7): no overlong forms, no encoded surrogates,
 * nothing above U+10FFFF, no truncated sequences. Errors name the byte offset. A property test
 * checks that it accepts exactly what the JDK's strict decoder accepts.
 */
final class Utf8 {

  private static final char REPLACEMENT = '\uFFFD';

  private Utf8() {}

  /**
   * Decodes the bytes from {@code start} to {@code end} of {@code buffer}, not moving it. The JDK's
   * decoder builds the string: it is as strict as RFC 3629 and puts U+FFFD where input is
   * malformed, so only a result that holds U+FFFD needs the check that tells a malformed byte from
   * a U+FFFD that was sent, and names the byte. A heap buffer is read in place; a direct one is
   * copied once.
   */
  static String decode(ByteBuffer buffer, int start, int end) {
    if (start == end) {
      return "";
    }
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
