package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What each code tells a client, and the policies a declaration may build. */
class ReconnectPolicyTest {

  @Test
  void standardCodesAnswerTheDocumentedDefaults() {
    Map<Integer, String> answers = new TreeMap<>();
    for (StandardCloseCode code : StandardCloseCode.values()) {
      answers.put(code.code(), code.reconnect().toString());
    }

    Map<Integer, String> documented = new TreeMap<>();
    for (int never : new int[] {1000, 1002, 1003, 1004, 1005, 1007, 1008, 1009, 1010, 1015}) {
      documented.put(never, "NEVER");
    }
    for (int backoff : new int[] {1001, 1006, 1011, 1012, 1014}) {
      documented.put(backoff, "BACKOFF");
    }
    documented.put(1013, "BACKOFF not before 10000 ms");
    assertEquals(documented, answers);
  }

  @Test
  void codesWithoutADeclarationNeverReconnect() {
    CloseCode undeclared =
        new CloseCode() {
          @Override
          public int code() {
            return 4001;
          }

          @Override
          public String name() {
            return "SESSION_EXPIRED";
          }

          @Override
          public String reason() {
            return "";
          }
        };

    assertSame(ReconnectPolicy.never(), undeclared.reconnect());
    assertSame(ReconnectPolicy.never(), CloseCodeRegistry.global().resolve(4999).reconnect());
  }

  @Test
  void aMinimumDelayIsKeptOnlyWhereTheClientWaits() {
    assertEquals(
        Duration.ofSeconds(30), ReconnectPolicy.backoff(Duration.ofSeconds(30)).notBefore());
    assertEquals(
        ReconnectPolicy.newCredentials(Duration.ofMillis(1500)),
        ReconnectPolicy.of(ReconnectPolicy.Kind.NEW_CREDENTIALS, Duration.ofMillis(1500)));
    assertSame(
        ReconnectPolicy.atOnce(), ReconnectPolicy.of(ReconnectPolicy.Kind.AT_ONCE, Duration.ZERO));
    assertNotEquals(ReconnectPolicy.backoff(), ReconnectPolicy.backoff(Duration.ofSeconds(1)));

    assertEquals(
        "a minimum delay contradicts NEVER: only BACKOFF and NEW_CREDENTIALS wait",
        assertThrows(
                IllegalArgumentException.class,
                () -> ReconnectPolicy.of(ReconnectPolicy.Kind.NEVER, Duration.ofSeconds(1)))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ReconnectPolicy.of(ReconnectPolicy.Kind.AT_ONCE, Duration.ofSeconds(1)));
    assertEquals(
        "a minimum delay must be 0 to 1 day (86400 s), not 86400001 ms",
        assertThrows(
                IllegalArgumentException.class,
                () -> ReconnectPolicy.backoff(Duration.ofDays(1).plusMillis(1)))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ReconnectPolicy.backoff(Duration.ofMillis(-1)));
  }
}
