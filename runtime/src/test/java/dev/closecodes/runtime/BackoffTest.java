package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The backoff rule: its golden vectors, its bounds on random input, and its refusals. */
class BackoffTest {

  private static final DoubleSupplier NOT_DRAWN =
      () -> {
        throw new AssertionError("no random number may be drawn for this step");
      };

  @Test
  void goldenVectorsShareableWithTheJavaScriptTwin() throws IOException {
    List<String> vectors = vectorLines();
    assertEquals(9, vectors.size(), "vectors read");
    for (String vector : vectors) {
      Backoff backoff =
          Backoff.standard()
              .withFirst(Duration.ofMillis(number(vector, "firstMillis")))
              .withBase(Duration.ofMillis(number(vector, "baseMillis")))
              .withCap(Duration.ofMillis(number(vector, "capMillis")));
      ReconnectPolicy policy =
          ReconnectPolicy.of(
              ReconnectPolicy.Kind.valueOf(text(vector, "kind")),
              Duration.ofMillis(number(vector, "notBeforeMillis")));
      Queue<Double> random = new ArrayDeque<>();
      for (String r : list(vector, "random")) {
        random.add(Double.parseDouble(r));
      }
      List<String> steps = new ArrayList<>();
      for (String attempt : list(vector, "attempts")) {
        steps.add(
            backoff
                .next(policy, Integer.parseInt(attempt), random::remove)
                .toString()
                .replace(" after", "")
                .replace(" ms", ""));
      }
      List<String> expected = new ArrayList<>();
      for (String step : list(vector, "steps")) {
        expected.add(step.substring(1, step.length() - 1));
      }
      assertEquals(expected, steps, vector);
      assertEquals(List.of(), List.copyOf(random), "every number drawn: " + vector);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void everyDelayLiesBetweenTheMinimumAndTheMinimumPlusTheCap(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ReconnectPolicy.Kind[] waiting = {
      ReconnectPolicy.Kind.BACKOFF, ReconnectPolicy.Kind.NEW_CREDENTIALS
    };
    for (int round = 0; round < 20; round++) {
      long capMillis = 1 + random.nextLong(Duration.ofDays(1).toMillis());
      Backoff backoff =
          Backoff.standard()
              .withFirst(Duration.ofMillis(random.nextLong(Duration.ofDays(1).toMillis() + 1)))
              .withBase(Duration.ofMillis(1 + random.nextLong(10_000)))
              .withCap(Duration.ofMillis(capMillis));
      long notBefore = round % 2 == 0 ? 0 : random.nextLong(Duration.ofDays(1).toMillis() + 1);
      ReconnectPolicy policy = ReconnectPolicy.of(waiting[round % 2], Duration.ofMillis(notBefore));
      long previousWindow = 0;
      for (int attempt = 1; attempt <= 10_000; attempt++) {
        long window = backoff.window(attempt);
        ReconnectStep step = backoff.next(policy, attempt, random::nextDouble);

        assertTrue(step.reconnects());
        assertTrue(step.delayMillis() >= notBefore, step + " before " + notBefore);
        assertTrue(
            step.delayMillis() < notBefore + Math.max(1, window) && window <= capMillis,
            step + " past window " + window + " at attempt " + attempt);
        if (attempt > 2) {
          assertTrue(window >= previousWindow, "windows grow: attempt " + attempt);
        }
        previousWindow = window;
      }
      assertEquals(capMillis, previousWindow, "the window reaches the cap");
    }
  }

  @Test
  void theSmallestRandomNumberGivesExactlyTheMinimumAndTheLargestStaysBelowTheWindow() {
    ReconnectPolicy rateLimited = ReconnectPolicy.backoff(Duration.ofSeconds(2));
    for (int attempt = 1; attempt <= 10_000; attempt++) {
      assertEquals(
          ReconnectStep.reconnect(2_000), Backoff.standard().next(rateLimited, attempt, () -> 0.0));
      long delay =
          Backoff.standard().next(rateLimited, attempt, () -> Math.nextDown(1.0)).delayMillis();
      assertEquals(2_000 + Backoff.standard().window(attempt) - 1, delay, "attempt " + attempt);
    }
  }

  @Test
  void theSameSeedGivesTheSameSequenceAndAnotherSeedAnother() {
    assertEquals(sequence(42), sequence(42));
    assertNotEquals(sequence(42), sequence(43));
  }

  private static List<ReconnectStep> sequence(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ReconnectStep> steps = new ArrayList<>();
    for (int attempt = 1; attempt <= 100; attempt++) {
      steps.add(Backoff.standard().next(ReconnectPolicy.backoff(), attempt, random::nextDouble));
    }
    return steps;
  }

  @Test
  void windowsFollowRfc6455FirstThenDoubleUpToTheCap() {
    Backoff backoff = Backoff.standard();
    long[] windows = new long[8];
    for (int attempt = 1; attempt <= 8; attempt++) {
      windows[attempt - 1] = backoff.window(attempt);
    }
    assertEquals(
        Arrays.toString(new long[] {5_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000}),
        Arrays.toString(windows));
    assertEquals(30_000, backoff.window(Integer.MAX_VALUE));
    assertEquals(60_000, backoff.withCap(Duration.ofSeconds(60)).window(7));
    assertEquals(
        1_000, backoff.withCap(Duration.ofSeconds(1)).window(1), "the cap bounds the first");
  }

  @Test
  void neverStopsAndAtOnceStartsAtZeroWithoutDrawing() {
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertEquals(
          ReconnectStep.stop(),
          Backoff.standard().next(ReconnectPolicy.never(), attempt, NOT_DRAWN));
    }
    assertEquals(
        ReconnectStep.reconnect(0),
        Backoff.standard().next(ReconnectPolicy.atOnce(), 1, NOT_DRAWN));
    assertEquals(
        ReconnectStep.reconnect(1_000),
        Backoff.standard().next(ReconnectPolicy.atOnce(), 2, () -> 0.5),
        "the second attempt in a row backs off");
  }

  @Test
  void newCredentialsIsASignalWithTheBackoffsDelay() {
    ReconnectStep step =
        Backoff.standard()
            .next(ReconnectPolicy.newCredentials(Duration.ofSeconds(1)), 1, () -> 0.5);

    assertEquals(ReconnectStep.Action.NEW_CREDENTIALS, step.action());
    assertEquals(Duration.ofMillis(3_500), step.delay());
  }

  @Test
  void aReceivedEventIsJudgedByItsTypedCode() {
    Backoff backoff = Backoff.standard();

    assertEquals(
        ReconnectStep.reconnect(2_500), backoff.next(CloseEvent.abnormalClosure(), 1, () -> 0.5));
    assertEquals(
        ReconnectStep.reconnect(12_500),
        backoff.next(CloseEvent.received(1013, "overloaded"), 1, () -> 0.5));
    assertEquals(
        ReconnectStep.stop(), backoff.next(CloseEvent.received(1000, "bye"), 1, NOT_DRAWN));
    assertEquals(
        ReconnectStep.stop(),
        backoff.next(CloseEvent.received(4999, "no set declares it"), 1, NOT_DRAWN),
        "an application code no set declares");
    assertEquals(
        ReconnectStep.stop(),
        backoff.next(CloseEvent.received(2999, "unassigned"), 1, NOT_DRAWN),
        "a number of the standard's range that is not assigned");
  }

  @Test
  void refusesAttemptsBelowOneAndNumbersOutsideTheUnitInterval() {
    Backoff backoff = Backoff.standard();
    ReconnectPolicy policy = ReconnectPolicy.backoff();

    assertEquals(
        "attempts count from 1, not 0",
        assertThrows(IllegalArgumentException.class, () -> backoff.next(policy, 0, () -> 0.5))
            .getMessage());
    for (double bad : new double[] {1.0, -0.25, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertEquals(
          "a random number must be in [0, 1), not " + bad,
          assertThrows(IllegalArgumentException.class, () -> backoff.next(policy, 1, () -> bad))
              .getMessage());
    }
  }

  @Test
  void refusesSettingsOutsideOneMillisecondToADay() {
    assertEquals(
        "the backoff's cap must be 1 ms to 1 day, not PT0S",
        assertThrows(
                IllegalArgumentException.class, () -> Backoff.standard().withCap(Duration.ZERO))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Backoff.standard().withBase(Duration.ofDays(2)));
    assertThrows(
        IllegalArgumentException.class, () -> Backoff.standard().withFirst(Duration.ofMillis(-1)));
    assertEquals(0, Backoff.standard().withFirst(Duration.ZERO).window(1));
  }

  private static List<String> vectorLines() throws IOException {
    try (InputStream in = BackoffTest.class.getResourceAsStream("/backoff-vectors.json")) {
      List<String> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.contains("\"kind\"")) {
          lines.add(line.trim());
        }
      }
      return lines;
    }
  }

  private static String field(String vector, String name, String valuePattern) {
    Matcher m = Pattern.compile("\"" + name + "\": (" + valuePattern + ")").matcher(vector);
    assertTrue(m.find(), name + " in " + vector);
    return m.group(1);
  }

  private static long number(String vector, String name) {
    return Long.parseLong(field(vector, name, "-?\\d+"));
  }

  private static String text(String vector, String name) {
    String quoted = field(vector, name, "\"[^\"]*\"");
    return quoted.substring(1, quoted.length() - 1);
  }

  private static List<String> list(String vector, String name) {
    String array = field(vector, name, "\\[[^\\]]*\\]");
    String inner = array.substring(1, array.length() - 1).trim();
    return inner.isEmpty() ? List.of() : List.of(inner.split(",\\s*"));
  }
}
