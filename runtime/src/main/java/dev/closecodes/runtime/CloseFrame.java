package dev.closecodes.runtime;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;

/**
 * The payload of an RFC 6455 close frame: a 2-byte code in network byte order (big-endian, whatever
 * the order of the caller's buffer) followed by a UTF-8 reason, at most 125 bytes in all; or
 * nothing at all, which reports "no status" (1005).
 *
 * <p>{@link #encode} writes the payload of an event to send, straight from the reason's chars (no
 * intermediate byte array). {@link #decode} reads a received payload with every check of RFC 6455
 * section 5.5.1 and 7.4: length, code and strict UTF-8.
 */
public final class CloseFrame {

  /** The most bytes a close frame's payload may hold (a control frame's limit). */
  public static final int MAX_PAYLOAD_BYTES = 125;

  /** The most bytes of UTF-8 a reason may take: the payload less the 2-byte code. */
  public static final int MAX_REASON_BYTES = MAX_PAYLOAD_BYTES - 2;

  private CloseFrame() {}

  /**
   * Returns the payload of {@code event} in a new array of exactly its length.
   *
   * @param event the event to send
   * @return 2 bytes of code, then the reason in UTF-8
   * @throws IllegalArgumentException if the event's code may not be sent, such as 1006
   */
  public static byte[] encode(CloseEvent event) {
    requireSendable(event.code());
    byte[] payload = new byte[encodedLength(event)];
    payload[0] = (byte) (event.code() >> 8);
    payload[1] = (byte) event.code();
    encodeInto(event.reason(), payload, 2);
    return payload;
  }

  /**
   * Writes the payload of {@code event} at the buffer's position, which advances past it.
   *
   * @param event the event to send
   * @param buffer where to write; needs {@link #encodedLength(CloseEvent)} bytes remaining
   * @return the number of bytes written
   * @throws IllegalArgumentException if the event's code may not be sent; nothing is written
   * @throws BufferOverflowException if the buffer has too little room; nothing is written
   * @throws ReadOnlyBufferException if the buffer is read-only
   */
  public static int encode(CloseEvent event, ByteBuffer buffer) {
    requireSendable(event.code());
    if (buffer.isReadOnly()) {
      throw new ReadOnlyBufferException();
    }
    // A char takes at most 3 bytes, so the exact count is needed only when room is short.
    int room = buffer.remaining();
    if (room < 2 + 3 * event.reason().length() && room < encodedLength(event)) {
      throw new BufferOverflowException();
    }
    int start = buffer.position();
    encodeInto(event, buffer);
    return buffer.position() - start;
  }

  /** @return how many bytes {@link #encode} writes for {@code event}: 2 plus its reason's */
  public static int encodedLength(CloseEvent event) {
    return 2 + ReasonText.utf8Length(event.reason());
  }

  /**
   * Checks that an endpoint may send {@code code}, before anything is sent: the check that
   * {@code CloseEvent.of}, {@link #encode} and the stack adapters share.
   *
   * @param code the code about to be sent
   * @return {@code code}
   * @throws IllegalArgumentException if it may not be sent; the message says why, such as
   *     "close code 1006 (Abnormal Closure) may not be sent: Reported when a connection ended
   *     without a close frame; never sent."
   */
  public static int requireSendable(int code) {
    if (!isValidCode(code)) {
      throw new IllegalArgumentException(sendRefusal(code));
    }
    return code;
  }

  /** Why {@code code} may not be sent, for a message. */
  private static String sendRefusal(int code) {
    if (code < 0 || code > 65535) {
      return "close code " + code + " does not fit the 16 bits of a close frame (0-65535)";
    }
    StandardCloseCode standard = StandardCloseCode.lookup(code);
    if (standard != null) {
      return "close code " + code + " (" + standard.ianaName() + ") may not be sent: "
          + standard.description();
    }
    CloseCodeRange range = CloseCodeRange.of(code);
    return "close code " + code + " may not be sent: " + range.span() + " is "
        + range.description();
  }

  /**
   * Writes a valid event: straight into the backing array of a heap buffer; a direct buffer gets
   * the bytes in one bulk copy.
   */
  private static void encodeInto(CloseEvent event, ByteBuffer buffer) {
    // Network byte order whatever the buffer's order says (RFC 6455, section 5.5.1).
    buffer.put((byte) (event.code() >> 8)).put((byte) event.code());
    String reason = event.reason();
    if (buffer.hasArray()) {
      int start = buffer.arrayOffset() + buffer.position();
      int end = encodeInto(reason, buffer.array(), start);
      buffer.position(buffer.position() + end - start);
    } else {
      byte[] bytes = new byte[ReasonText.utf8Length(reason)];
      encodeInto(reason, bytes, 0);
      buffer.put(bytes);
    }
  }

  /** Writes {@code reason} as UTF-8 from {@code at}; returns the index after the last byte. */
  private static int encodeInto(String reason, byte[] out, int at) {
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
   * Reads a received close-frame payload.
   *
   * @param payload the whole payload
   * @return the event, with {@code wasClean} true, typed where the code is known; an empty payload
   *     gives 1005 (no status), as browsers report it
   * @throws InvalidCloseFrameException if the payload has 1 byte or more than 125, a code that may
   *     not appear on the wire, or a reason that is not valid UTF-8
   */
  public static CloseEvent decode(byte[] payload) {
    return decode(ByteBuffer.wrap(payload));
  }

  /**
   * Reads the close-frame payload between the buffer's position and limit; the position advances
   * to the limit when it is valid and stays where it was otherwise.
   *
   * @param payload the whole payload
   * @return the event, as {@link #decode(byte[])} returns it
   * @throws InvalidCloseFrameException as {@link #decode(byte[])} does
   */
  public static CloseEvent decode(ByteBuffer payload) {
    int length = payload.remaining();
    if (length == 0) {
      return CloseEvent.received(StandardCloseCode.NO_STATUS_RECEIVED.code(), "", true);
    }
    if (length == 1) {
      throw protocolError("close frame payload of 1 byte: a code takes 2");
    }
    if (length > MAX_PAYLOAD_BYTES) {
      throw protocolError("close frame payload of " + length + " bytes: at most "
          + MAX_PAYLOAD_BYTES + " are allowed");
    }
    int start = payload.position();
    int code = codeAt(payload, start);
    if (!isValidCode(code)) {
      throw protocolError("close frame with code " + code + ", which " + wireRefusal(code));
    }
    String reason = Utf8.decode(payload, start + 2, start + length);
    payload.position(start + length);
    return CloseEvent.received(code, reason, true);
  }

  /**
   * Reads what a received payload says, as far as it can be read, without judging it: for a stack
   * that has already answered a bad frame, or for recording what a peer sent. It never throws. An
   * empty payload, or one of a single byte, is 1005 (no status); the code is taken as written,
   * also one that may not appear on the wire; the reason is decoded with U+FFFD standing for bytes
   * that are not UTF-8, and kept whole, also past 123 bytes.
   *
   * @param payload the payload between the buffer's position and limit; the position does not move
   * @return the event, with {@code wasClean} true, typed where the code is known
   */
  public static CloseEvent read(ByteBuffer payload) {
    int start = payload.position();
    int length = payload.remaining();
    if (length < 2) {
      return CloseEvent.received(StandardCloseCode.NO_STATUS_RECEIVED.code(), "", true);
    }
    byte[] reason = new byte[length - 2];
    payload.duplicate().position(start + 2).get(reason);
    return CloseEvent.received(
        codeAt(payload, start), new String(reason, StandardCharsets.UTF_8), true);
  }

  /** The 2-byte code at {@code index}, big-endian whatever the buffer's order. */
  private static int codeAt(ByteBuffer payload, int index) {
    return (payload.get(index) & 0xFF) << 8 | payload.get(index + 1) & 0xFF;
  }

  private static String wireRefusal(int code) {
    StandardCloseCode standard = StandardCloseCode.lookup(code);
    if (standard != null) {
      return "may not appear on the wire (" + standard.ianaName() + ")";
    }
    CloseCodeRange range = CloseCodeRange.of(code);
    return range == CloseCodeRange.PROTOCOL
        ? "is not assigned (1016-2999 are reserved for the protocol)"
        : "is outside the valid codes (" + range.span() + " is " + range.description() + ")";
  }

  private static InvalidCloseFrameException protocolError(String message) {
    return new InvalidCloseFrameException(message, StandardCloseCode.PROTOCOL_ERROR);
  }

  /**
   * Tells whether {@code code} may appear in a close frame, and so be sent by an endpoint: the
   * assigned standard codes 1000-1003 and 1007-1014, and 3000-4999. Never 1004 (reserved), 1005,
   * 1006 or 1015 (which only report what happened), unassigned numbers below 3000, or numbers above
   * 4999.
   *
   * @param code any number
   * @return whether it is a valid close code on the wire
   */
  public static boolean isValidCode(int code) {
    if (code >= 3000) {
      return code <= 4999;
    }
    return code >= 1000 && code <= 1014 && (code <= 1003 || code >= 1007);
  }
}
