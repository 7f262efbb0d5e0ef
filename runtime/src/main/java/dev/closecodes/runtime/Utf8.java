package dev.closecodes.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding (RFC 3629; Unicode table 3-7): no overlong forms, no encoded surrogates,
 * nothing above U+10FFFF, no truncated sequences. Errors name the byte offset.
 */
final class Utf8 {

  private Utf8() {}

  /**
   * Decodes the bytes from {@code start} to {@code end} of {@code buffer}, not moving it: checks them
   * strictly, then lets the JDK's UTF-8 decoder, which agrees on valid input, build the string.
   */
  static String decode(ByteBuffer buffer, int start, int end) {
    if (start == end) {
      return "";
    }
    validate(buffer, start, end);
    if (buffer.hasArray()) {
      return new String(buffer.array(), buffer.arrayOffset() + start, end - start,
          StandardCharsets.UTF_8);
    }
    byte[] bytes = new byte[end - start];
    ByteBuffer slice = buffer.duplicate();
    slice.position(start);
    slice.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void validate(ByteBuffer buffer, int start, int end) {
    int i = start;
    while (i < end) {
      int b = buffer.get(i) & 0xFF;
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
        int next = buffer.get(i + k) & 0xFF;
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
