package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

  /**
   * The first reason decoded with a code is recognised by its bytes: the same bytes again are the
   * same event; a payload that differs in one byte, or a new reason, is decoded as if nothing had
   * been kept: to what the JDK's strict decoder gives, or refused where it refuses.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void aKeptReasonMatchesOnlyItsOwnBytes(long seed) {
    RandomText text = new RandomText(seed);
    SplittableRandom random = new SplittableRandom(seed);
    ReceivedEvents kept = new ReceivedEvents();
    for (int code = 3000; code < 5000; code++) {
      String reason = ReasonText.fit("r" + text.wellFormed(random.nextInt(40)));
      byte[] payload = CloseFrame.encode(CloseEvent.of(code, reason));
      CloseEvent first = CloseFrame.decode(ByteBuffer.wrap(payload), kept);
      assertSame(
          first, CloseFrame.decode(ByteBuffer.wrap(payload), kept), RandomText.escape(reason));

      byte[] changed = payload.clone();
      int at = 2 + random.nextInt(changed.length - 2);
      changed[at] = (byte) (random.nextBoolean() ? random.nextInt(256) : changed[at] ^ 0x40);
      byte[] other = CloseFrame.encode(CloseEvent.of(code, ReasonText.fit(text.wellFormed(40))));
      for (byte[] later : List.of(changed, other, payload)) {
        String expected = strictlyDecoded(later);
        String actual;
        try {
          actual = CloseFrame.decode(ByteBuffer.wrap(later), kept).reason();
        } catch (InvalidCloseFrameException e) {
          actual = null;
        }
        assertEquals(expected, actual, () -> java.util.Arrays.toString(later));
      }
    }
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
      String expected = strictlyDecoded(payload);
      String actual;
      try {
        actual = CloseFrame.decode(payload).reason();
      } catch (InvalidCloseFrameException e) {
        actual = null;
      }
      assertEquals(expected, actual, () -> java.util.Arrays.toString(payload));
    }
  }

  /** The payload's reason as the JDK's strict decoder reads it, or null where it refuses. */
  private static String strictlyDecoded(byte[] payload) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(payload, 2, payload.length - 2))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
