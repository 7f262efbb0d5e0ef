package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The close-frame payload codec, including every close-frame vector of the Autobahn testsuite's
 * case 7 (7.3.x lengths, 7.5.1 invalid UTF-8, 7.7.x valid and 7.9.x invalid codes, 7.13.x codes
 * above 4999).
 */
class CloseFrameTest {

  private static byte[] payload(int code, byte[] reason) {
    byte[] payload = new byte[2 + reason.length];
    payload[0] = (byte) (code >> 8);
    payload[1] = (byte) code;
    System.arraycopy(reason, 0, payload, 2, reason.length);
    return payload;
  }

  private static byte[] payload(int code, String reason) {
    return payload(code, reason.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aPayloadWithoutAReasonIsReadAsOneEventPerCode() {
    byte[] normal = {0x03, (byte) 0xE8};
    byte[] application = {0x0F, (byte) 0xA0};

    CloseEvent first = CloseFrame.decode(normal);
    assertSame(first, CloseFrame.decode(ByteBuffer.wrap(normal)));
    assertEquals(CloseEvent.received(1000, null, true), first);
    assertEquals(Optional.of(StandardCloseCode.NORMAL_CLOSURE), first.closeCode());
    assertSame(CloseFrame.decode(application), CloseFrame.decode(application.clone()));
    assertEquals(
        CloseEvent.received(70_000, "", true).code(), 70_000, "a number outside 16 bits too");
  }

  @Test
  void autobahn_7_3_1_emptyPayloadIsNoStatus() {
    CloseEvent event = CloseFrame.decode(new byte[0]);

    assertEquals(1005, event.code());
    assertEquals("", event.reason());
    assertTrue(event.wasClean());
    assertEquals(Optional.of(StandardCloseCode.NO_STATUS_RECEIVED), event.closeCode());
  }

  @Test
  void autobahn_7_3_2_payloadOfOneByteIsAProtocolError() {
    InvalidCloseFrameException thrown =
        assertThrows(InvalidCloseFrameException.class, () -> CloseFrame.decode(new byte[] {0x03}));

    assertEquals("close frame payload of 1 byte: a code takes 2", thrown.getMessage());
    assertEquals(StandardCloseCode.PROTOCOL_ERROR, thrown.response());
  }

  @Test
  void autobahn_7_3_3_codeWithoutReason() {
    assertEquals(CloseEvent.received(1000, "", true), CloseFrame.decode(payload(1000, "")));
  }

  @Test
  void autobahn_7_3_4_codeWithReason() {
    assertEquals(
        CloseEvent.received(1000, "Hello World!", true),
        CloseFrame.decode(payload(1000, "Hello World!")));
  }

  @Test
  void autobahn_7_3_5_reasonOfOneHundredTwentyThreeBytes() {
    String reason = "*".repeat(123);

    assertEquals(reason, CloseFrame.decode(payload(1000, reason)).reason());
  }

  @Test
  void autobahn_7_3_6_reasonOfOneHundredTwentyFourBytesIsTooLong() {
    InvalidCloseFrameException thrown =
        assertThrows(
            InvalidCloseFrameException.class,
            () -> CloseFrame.decode(payload(1000, "*".repeat(124))));

    assertEquals("close frame payload of 126 bytes: at most 125 are allowed", thrown.getMessage());
    assertEquals(StandardCloseCode.PROTOCOL_ERROR, thrown.response());
  }

  @Test
  void autobahn_7_5_1_invalidUtf8ReasonIsInvalidPayloadData() {
    // "κόσμε", then ED A0 80 (an encoded surrogate, U+D800), then "edited".
    byte[] reason = {
      (byte) 0xce,
      (byte) 0xba,
      (byte) 0xe1,
      (byte) 0xbd,
      (byte) 0xb9,
      (byte) 0xcf,
      (byte) 0x83,
      (byte) 0xce,
      (byte) 0xbc,
      (byte) 0xce,
      (byte) 0xb5,
      (byte) 0xed,
      (byte) 0xa0,
      (byte) 0x80,
      0x65,
      0x64,
      0x69,
      0x74,
      0x65,
      0x64
    };

    InvalidCloseFrameException thrown =
        assertThrows(
            InvalidCloseFrameException.class, () -> CloseFrame.decode(payload(1000, reason)));

    assertEquals(
        "close frame reason is not valid UTF-8 at byte 11 of the reason: an encoded"
            + " surrogate U+D800",
        thrown.getMessage());
    assertEquals(StandardCloseCode.INVALID_FRAME_PAYLOAD_DATA, thrown.response());
  }

  @ParameterizedTest(name = "7.7.x code {0}")
  @ValueSource(
      ints = {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 3999, 4000, 4999})
  void autobahn_7_7_validCodes(int code) {
    CloseEvent event = CloseFrame.decode(payload(code, ""));

    assertEquals(code, event.code());
    assertArrayEquals(payload(code, ""), CloseFrame.encode(event));
  }

  @ParameterizedTest(name = "7.9.x code {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      0    | close frame with code 0, which is outside the valid codes (0-999 is not used by RFC 6455)
      999  | close frame with code 999, which is outside the valid codes (0-999 is not used by RFC 6455)
      1004 | close frame with code 1004, which may not appear on the wire (Reserved)
      1005 | close frame with code 1005, which may not appear on the wire (No Status Rcvd)
      1006 | close frame with code 1006, which may not appear on the wire (Abnormal Closure)
      1015 | close frame with code 1015, which may not appear on the wire (TLS handshake)
      1016 | close frame with code 1016, which is not assigned (1016-2999 are reserved for the protocol)
      1100 | close frame with code 1100, which is not assigned (1016-2999 are reserved for the protocol)
      2000 | close frame with code 2000, which is not assigned (1016-2999 are reserved for the protocol)
      2999 | close frame with code 2999, which is not assigned (1016-2999 are reserved for the protocol)
      """)
  void autobahn_7_9_invalidCodes(int code, String message) {
    InvalidCloseFrameException thrown =
        assertThrows(InvalidCloseFrameException.class, () -> CloseFrame.decode(payload(code, "")));

    assertEquals(message, thrown.getMessage());
    assertEquals(StandardCloseCode.PROTOCOL_ERROR, thrown.response());
  }

  @ParameterizedTest(name = "7.13.x code {0}")
  @ValueSource(ints = {5000, 65535})
  void autobahn_7_13_codesAboveFourThousandNineHundredNinetyNineAreRejected(int code) {
    InvalidCloseFrameException thrown =
        assertThrows(InvalidCloseFrameException.class, () -> CloseFrame.decode(payload(code, "")));

    assertEquals(
        "close frame with code "
            + code
            + ", which is outside the valid codes"
            + " (5000-65535 is not defined by RFC 6455; peers reject it)",
        thrown.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      C0 80       | 0 | byte 0xC0 cannot start a character
      E0 80 80    | 0 | an overlong encoding of U+0000
      F0 80 80 80 | 0 | an overlong encoding of U+0000
      F4 90 80 80 | 0 | a code point above U+10FFFF
      F8 88 80 80 | 0 | byte 0xF8 cannot start a character
      80          | 0 | byte 0x80 cannot start a character
      41 E2 82    | 1 | the reason ends inside a 3-byte character
      E2 28 A1    | 1 | a 3-byte character is cut short
      """)
  void malformedUtf8IsNamedWithItsOffset(String hex, int offset, String what) {
    String[] parts = hex.split(" ");
    byte[] reason = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      reason[i] = (byte) Integer.parseInt(parts[i], 16);
    }

    InvalidCloseFrameException thrown =
        assertThrows(
            InvalidCloseFrameException.class, () -> CloseFrame.decode(payload(4000, reason)));

    assertTrue(
        thrown
            .getMessage()
            .startsWith(
                "close frame reason is not valid UTF-8 at byte " + offset + " of the reason: "),
        thrown.getMessage());
    assertTrue(thrown.getMessage().endsWith(what), thrown.getMessage());
  }

  @Test
  void encodeWritesTheCodeBigEndianThenTheReason() {
    CloseEvent event = CloseEvent.of(4002, "Room caf\u00e9 \ud83d\ude00 is full");

    byte[] encoded = CloseFrame.encode(event);

    assertArrayEquals(payload(4002, "Room caf\u00e9 \ud83d\ude00 is full"), encoded);
    assertEquals(encoded.length, CloseFrame.encodedLength(event));
  }

  @Test
  void encodeIntoABufferAtItsPosition() {
    ByteBuffer buffer = ByteBuffer.allocate(64);
    buffer.put((byte) 0x88);

    int written = CloseFrame.encode(CloseEvent.of(1001, "bye"), buffer);

    assertEquals(5, written);
    assertEquals(6, buffer.position());
    buffer.flip().get();
    assertEquals(CloseEvent.received(1001, "bye", true), CloseFrame.decode(buffer));
    assertEquals(1, buffer.position(), "decode leaves the buffer as it was");
  }

  @Test
  void encodeIntoATooSmallBufferWritesNothing() {
    ByteBuffer buffer = ByteBuffer.allocate(4);

    assertThrows(
        BufferOverflowException.class, () -> CloseFrame.encode(CloseEvent.of(1001, "bye"), buffer));
    assertEquals(0, buffer.position());
    assertThrows(
        ReadOnlyBufferException.class,
        () ->
            CloseFrame.encode(CloseEvent.of(1001, ""), ByteBuffer.allocate(8).asReadOnlyBuffer()));
  }

  @ParameterizedTest
  @ValueSource(ints = {1005, 1006, 1015})
  void eventsThatOnlyReportAreRefusedBeforeAnyByteIsWritten(int code) {
    CloseEvent reported = CloseEvent.received(code, "", false);
    ByteBuffer buffer = ByteBuffer.allocate(8);

    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> CloseFrame.encode(reported, buffer));

    assertEquals(0, buffer.position());
    assertTrue(thrown.getMessage().startsWith("close code " + code + " ("), thrown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CloseFrame.encode(reported));
  }

  @Test
  void invalidPayloadLeavesTheBufferWhereItWas() {
    ByteBuffer buffer = ByteBuffer.wrap(payload(1006, ""));

    assertThrows(InvalidCloseFrameException.class, () -> CloseFrame.decode(buffer));
    assertEquals(0, buffer.position());
  }

  @Test
  void decodeFromADirectBuffer() {
    byte[] bytes = payload(4002, "Room caf\u00e9 is full");
    ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length + 3);
    direct.put(new byte[3]).put(bytes).flip().position(3);

    CloseEvent event = CloseFrame.decode(direct);

    assertEquals("Room caf\u00e9 is full", event.reason());
    assertEquals(4002, event.code());
    assertEquals(3, direct.position());
  }

  @Test
  void emptyReasonDecodesToTheSharedEmptyString() {
    assertSame("", CloseFrame.decode(payload(1000, "")).reason());
  }

  @Test
  void theCodeIsBigEndianWhateverTheBuffersOrder() {
    for (ByteBuffer buffer :
        new ByteBuffer[] {
          ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN),
          ByteBuffer.allocateDirect(16).order(ByteOrder.LITTLE_ENDIAN)
        }) {
      CloseFrame.encode(CloseEvent.of(1000, "ok"), buffer);

      assertEquals(ByteOrder.LITTLE_ENDIAN, buffer.order());
      assertEquals(0x03, buffer.get(0) & 0xFF);
      assertEquals(0xE8, buffer.get(1) & 0xFF);
      buffer.flip();
      CloseEvent decoded = CloseFrame.decode(buffer);
      assertEquals(1000, decoded.code());
      assertEquals("ok", decoded.reason());
    }
  }

  @Test
  void aValidFrameInALittleEndianBufferIsRead() {
    ByteBuffer payload = ByteBuffer.wrap(new byte[] {0x0C, 0x0F}).order(ByteOrder.LITTLE_ENDIAN);

    assertEquals(3087, CloseFrame.decode(payload).code());
  }

  @Test
  void readTakesAnyPayloadAsItIsAndNeverThrows() {
    byte[] invalidUtf8 = {0x03, (byte) 0xEA, 'o', (byte) 0xC0, 'k'};
    byte[] longReason = new byte[202];
    longReason[0] = 0x0F;
    longReason[1] = (byte) 0xA1;
    java.util.Arrays.fill(longReason, 2, longReason.length, (byte) 'x');

    assertEquals(1005, CloseFrame.read(ByteBuffer.allocate(0)).code());
    assertEquals(1005, CloseFrame.read(ByteBuffer.wrap(new byte[] {3})).code());
    CloseEvent oddCode = CloseFrame.read(ByteBuffer.wrap(invalidUtf8));
    assertEquals(1002, oddCode.code());
    assertEquals("o\ufffdk", oddCode.reason());
    assertEquals(4001, CloseFrame.read(ByteBuffer.wrap(longReason)).code());
    assertEquals(200, CloseFrame.read(ByteBuffer.wrap(longReason)).reason().length());
    assertEquals(1006, CloseFrame.read(ByteBuffer.wrap(new byte[] {0x03, (byte) 0xEE})).code());
  }

  @Test
  void theAnswerCodeSurvivesSerialization() throws Exception {
    InvalidCloseFrameException thrown =
        assertThrows(
            InvalidCloseFrameException.class,
            () -> CloseFrame.decode(new byte[] {0x03, (byte) 0xE8, (byte) 0xC0}));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }

    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      InvalidCloseFrameException read = (InvalidCloseFrameException) in.readObject();
      assertEquals(StandardCloseCode.INVALID_FRAME_PAYLOAD_DATA, read.response());
      assertEquals(thrown.getMessage(), read.getMessage());
    }
  }

  @Test
  void aReceivedEventIsSentOnlyIfItFitsAFrame() {
    CloseEvent tooLong = CloseEvent.received(1000, "x".repeat(200), true);
    CloseEvent unpaired = CloseEvent.received(1000, "bye \ud800", true);
    CloseEvent noFrame = CloseEvent.received(1006, "", false);
    ByteBuffer buffer = ByteBuffer.allocate(256);

    for (CloseEvent event : new CloseEvent[] {tooLong, unpaired, noFrame}) {
      assertThrows(IllegalArgumentException.class, () -> CloseFrame.encode(event));
      assertThrows(IllegalArgumentException.class, () -> CloseFrame.encode(event, buffer));
      assertEquals(0, buffer.position(), "nothing written");
    }
    assertArrayEquals(
        CloseFrame.encode(CloseEvent.of(1000, "ok")),
        CloseFrame.encode(CloseEvent.received(1000, "ok", true)));
  }
}
