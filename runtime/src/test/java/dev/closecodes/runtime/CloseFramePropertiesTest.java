package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The codec on random input, from fixed seeds. */
class CloseFramePropertiesTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void everyValidCodeAndReasonSurvivesARoundTrip(long seed) {
    RandomText random = new RandomText(seed);
    for (int code = 0; code <= 65535; code++) {
      if (!WirePolicy.isSendable(code)) {
        continue;
      }
      String reason = ReasonText.fit(random.wellFormed(60));
      CloseEvent sent = CloseEvent.of(code, reason);

      byte[] payload = CloseFrame.encode(sent);
      CloseEvent received = CloseFrame.decode(payload);

      assertEquals(sent, received, RandomText.escape(reason));
      assertTrue(payload.length <= CloseFrame.MAX_PAYLOAD_BYTES);
      ByteBuffer direct = ByteBuffer.allocateDirect(CloseFrame.MAX_PAYLOAD_BYTES);
      CloseFrame.encode(sent, direct);
      byte[] fromDirect = new byte[direct.flip().remaining()];
      direct.get(fromDirect);
      assertArrayEquals(payload, fromDirect);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void randomBytesDecodeToAnEventOrTheDocumentedException(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int decoded = 0;
    for (int i = 0; i < 20_000; i++) {
      byte[] payload = new byte[random.nextInt(130)];
      random.nextBytes(payload);
      if (payload.length >= 2 && random.nextBoolean()) {
        payload[0] = (byte) 0x0F; // a valid code (4000-4095) half the time, to reach the reason
      }
      try {
        CloseEvent event = CloseFrame.decode(payload);
        decoded++;
        assertTrue(event.reason().isEmpty() || payload.length > 2);
        assertEquals(-1, ReasonText.indexOfUnpairedSurrogate(event.reason()));
      } catch (InvalidCloseFrameException expected) {
        assertTrue(expected.getMessage().startsWith("close frame "), expected.getMessage());
      }
    }
    assertTrue(decoded > 0, "some random payloads are valid");
  }

  /** The hand-written decoder accepts exactly what the JDK's strict UTF-8 decoder accepts. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void reasonDecodingAgreesWithTheJdk(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 50_000; i++) {
      byte[] payload = new byte[2 + random.nextInt(8)];
      random.nextBytes(payload);
      payload[0] = (byte) 0x0F;
      for (int k = 2; k < payload.length; k++) {
        payload[k] =
            (byte) (random.nextBoolean() ? 0x80 | payload[k] : payload[k]); // mostly multi-byte
      }
      String expected;
      try {
        expected =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(payload, 2, payload.length - 2))
                .toString();
      } catch (CharacterCodingException e) {
        expected = null;
      }
      String actual;
      try {
        actual = CloseFrame.decode(payload).reason();
      } catch (InvalidCloseFrameException e) {
        actual = null;
      }
      assertEquals(expected, actual, () -> java.util.Arrays.toString(payload));
    }
  }
}
