package dev.closecodes.runtime;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;

/**
 * The payload of an RFC 6455 close frame: a 2-byte code in network byte order (big-endian, whatever
 * the order of the caller's buffer) followed by a UTF-8 reason, at most 125 bytes in all; or
 * nothing at all, which reports "no status" (1005).
 *
 * <p>{@link #encode} writes the payload of an event to send, straight from the reason's chars (no
 * intermediate byte array). {@link #decode} reads a received payload with every check of RFC 6455
 * section 5.5.1 and 7.4: length, code and strict UTF-8. Received events are typed by {@link
 * CloseCodeRegistry#global()}; {@link CloseEvent#typedBy} types one within its endpoint.
 */
public final class CloseFrame {

  /** The most bytes a close frame's payload may hold (a control frame's limit). */
  public static final int MAX_PAYLOAD_BYTES = 2 + ReasonText.MAX_BYTES;

  /** The most bytes of UTF-8 a reason may take: the payload less the 2-byte code. */
  public static final int MAX_REASON_BYTES = ReasonText.MAX_BYTES;

  private CloseFrame() {}

  /**
   * Returns the payload of {@code event} in a new array of exactly its length.
   *
   * @param event the event to send
   * @return 2 bytes of code, then the reason in UTF-8
   * @throws IllegalArgumentException if the event may not be sent, such as a received 1006 or a
   *     received reason longer than 123 bytes
   */
  public static byte[] encode(CloseEvent event) {
    event.requireSendable();
    byte[] payload = new byte[encodedLength(event)];
    payload[0] = (byte) (event.code() >> 8);
    payload[1] = (byte) event.code();
    ReasonText.encode(event.reason(), payload, 2);
    return payload;
  }

  /**
   * Writes the payload of {@code event} at the buffer's position, which advances past it.
   *
   * @param event the event to send
   * @param buffer where to write; needs {@link #encodedLength(CloseEvent)} bytes remaining
   * @return the number of bytes written
   * @throws IllegalArgumentException if the event may not be sent; nothing is written
   * @throws BufferOverflowException if the buffer has too little room; nothing is written
   * @throws ReadOnlyBufferException if the buffer is read-only
   */
  public static int encode(CloseEvent event, ByteBuffer buffer) {
    event.requireSendable();
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

  /**
   * @return how many bytes {@link #encode} writes for {@code event}: 2 plus its reason's
   */
  public static int encodedLength(CloseEvent event) {
    return 2 + ReasonText.utf8Length(event.reason());
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
      int end = ReasonText.encode(reason, buffer.array(), start);
      buffer.position(buffer.position() + end - start);
    } else {
      byte[] bytes = new byte[ReasonText.utf8Length(reason)];
      ReasonText.encode(reason, bytes, 0);
      buffer.put(bytes);
    }
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
   * Reads the close-frame payload between the buffer's position and limit. The buffer is not
   * changed, as by {@link #read}.
   *
   * @param payload the whole payload
   * @return the event, as {@link #decode(byte[])} returns it
   * @throws InvalidCloseFrameException as {@link #decode(byte[])} does
   */
  public static CloseEvent decode(ByteBuffer payload) {
    return decode(payload, ReceivedEvents.GLOBAL);
  }

  /** Decodes with the events that {@code kept} keeps: tests give their own. */
  static CloseEvent decode(ByteBuffer payload, ReceivedEvents kept) {
    int start = payload.position();
    int end = payload.limit();
    if (end - start < 2 || end - start > MAX_PAYLOAD_BYTES) {
      return decodeOddLength(end - start);
    }
    int code = codeAt(payload, start);
    if (!WirePolicy.isSendable(code)) {
      throw protocolError(
          "close frame with code " + code + ", which " + WirePolicy.wireRefusal(code));
    }
    return kept.decoded(code, payload, start + 2, end);
  }

  /** A payload without a code, 1005 as browsers report it, or one that no close frame can be. */
  private static CloseEvent decodeOddLength(int length) {
    if (length == 0) {
      return CloseEvent.noStatus();
    }
    if (length == 1) {
      throw protocolError("close frame payload of 1 byte: a code takes 2");
    }
    throw protocolError(
        "close frame payload of "
            + length
            + " bytes: at most "
            + MAX_PAYLOAD_BYTES
            + " are allowed");
  }

  /**
   * Reads what a received payload says, as far as it can be read, without judging it: for a stack
   * that has already answered a bad frame, or for recording what a peer sent. It never throws. An
   * empty payload, or one of a single byte, is 1005 (no status); the code is taken as written, also
   * one that may not appear on the wire; the reason is decoded with U+FFFD standing for bytes that
   * are not UTF-8, and kept whole, also past 123 bytes.
   *
   * @param payload the payload between the buffer's position and limit; the position does not move
   * @return the event, with {@code wasClean} true, typed where the code is known
   */
  public static CloseEvent read(ByteBuffer payload) {
    int start = payload.position();
    int length = payload.remaining();
    if (length < 2) {
      return CloseEvent.noStatus();
    }
    byte[] reason = new byte[length - 2];
    payload.duplicate().position(start + 2).get(reason);
    return CloseEvent.received(
        codeAt(payload, start), new String(reason, StandardCharsets.UTF_8), true);
  }

  /** The 2-byte code at {@code index}, big-endian whatever the buffer's order. */
  private static int codeAt(ByteBuffer payload, int index) {
    short code = payload.getShort(index);
    return (payload.order() == ByteOrder.BIG_ENDIAN ? code : Short.reverseBytes(code)) & 0xFFFF;
  }

  private static InvalidCloseFrameException protocolError(String message) {
    return new InvalidCloseFrameException(message, StandardCloseCode.PROTOCOL_ERROR);
  }
}
