package dev.closecodes.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * The one rule that turns a close into the client's next step: the received code's {@link
 * ReconnectPolicy}, the number of the attempt and a source of randomness give {@link
 * ReconnectStep#stop()} or a delay. RFC 6455 section 7.2.3's random first delay, then truncated
 * binary exponential backoff with full jitter, on top of the code's minimum delay. Immutable; the
 * generated JavaScript has a twin that gives the same steps for the same numbers.
 *
 * <p>The rule, exactly, with every quantity a whole number of milliseconds ({@code long};
 * JavaScript numbers hold them exactly, as all stay below 2<sup>53</sup>):
 *
 * <ol>
 *   <li>{@code attempt} is the 1-based number of the attempt about to be made: 1 after a connection
 *       that had opened, one more for each attempt in a row that did not open. Below 1 is an error.
 *   <li>{@link ReconnectPolicy.Kind#NEVER}: {@link ReconnectStep#stop()}; no random number is
 *       drawn.
 *   <li>{@link ReconnectPolicy.Kind#AT_ONCE} and {@code attempt == 1}: reconnect after 0 ms; no
 *       random number is drawn.
 *   <li>Otherwise ({@code BACKOFF}, {@code NEW_CREDENTIALS}, {@code AT_ONCE} from attempt 2):
 *       <ul>
 *         <li>{@code window = min(cap, first)} for attempt 1, {@code window = min(cap, base *
 *             2^(attempt - 1))} from attempt 2, computed without overflow (the exact product, or
 *             {@code cap} when the product exceeds it);
 *         <li>one number {@code r} is drawn from the source; it must be in [0, 1), else an error;
 *         <li>{@code delay = notBefore + floor(r * window)}, where {@code r * window} is the IEEE
 *             754 double product (as in JavaScript), so the jitter is uniform in [0, window);
 *         <li>{@code NEW_CREDENTIALS} gives {@link ReconnectStep#newCredentials(long)
 *             newCredentials(delay)}, the others {@link ReconnectStep#reconnect(long)
 *             reconnect(delay)}.
 *       </ul>
 * </ol>
 *
 * <p>Defaults: {@code first} 5000 ms (RFC 6455's "for example, 0 to 5 seconds"), {@code base} 1000
 * ms, {@code cap} 30000 ms. Each is configurable from 1 ms ({@code first} from 0) to a day. So
 * every delay lies in [{@code notBefore}, {@code notBefore + cap}).
 */
public final class Backoff {

  private static final Duration LONGEST = Duration.ofDays(1);
  private static final Backoff STANDARD = new Backoff(5_000, 1_000, 30_000);

  private final long firstMillis;
  private final long baseMillis;
  private final long capMillis;

  private Backoff(long firstMillis, long baseMillis, long capMillis) {
    this.firstMillis = firstMillis;
    this.baseMillis = baseMillis;
    this.capMillis = capMillis;
  }

  /** The backoff with the defaults: first window 5 s, base 1 s, cap 30 s. */
  public static Backoff standard() {
    return STANDARD;
  }

  /**
   * Returns this backoff with the window of the first attempt, RFC 6455's random first delay.
   *
   * @throws IllegalArgumentException unless 0 ms to a day
   */
  public Backoff withFirst(Duration first) {
    return new Backoff(millis("first", first, 0), baseMillis, capMillis);
  }

  /**
   * Returns this backoff with the base of its exponential growth: attempt {@code n >= 2} draws its
   * jitter from [0, {@code min(cap, base * 2^(n - 1))}).
   *
   * @throws IllegalArgumentException unless 1 ms to a day
   */
  public Backoff withBase(Duration base) {
    return new Backoff(firstMillis, millis("base", base, 1), capMillis);
  }

  /**
   * Returns this backoff with the largest window (30 s to 60 s is usual).
   *
   * @throws IllegalArgumentException unless 1 ms to a day
   */
  public Backoff withCap(Duration cap) {
    return new Backoff(firstMillis, baseMillis, millis("cap", cap, 1));
  }

  private static long millis(String name, Duration value, long least) {
    long millis = value.toMillis();
    if (value.isNegative() || millis < least || value.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException(
          "the backoff's " + name + " must be " + least + " ms to 1 day, not " + value);
    }
    return millis;
  }

  /**
   * The next step after {@code closed}, by its typed code's {@link CloseCode#reconnect()}; a code
   * the event does not know never reconnects.
   *
   * @param attempt the attempt about to be made, from 1
   * @param random numbers in [0, 1), such as {@code ThreadLocalRandom.current()::nextDouble}
   */
  public ReconnectStep next(CloseEvent closed, int attempt, DoubleSupplier random) {
    ReconnectPolicy policy =
        closed.closeCode().map(CloseCode::reconnect).orElse(ReconnectPolicy.never());
    return next(policy, attempt, random);
  }

  /**
   * The next step for {@code policy}, by the rule in this class's description.
   *
   * @param attempt the attempt about to be made, from 1
   * @param random numbers in [0, 1); drawn once, or not at all for a step without jitter
   * @throws IllegalArgumentException if {@code attempt} is below 1 or {@code random} gives a number
   *     outside [0, 1)
   */
  public ReconnectStep next(ReconnectPolicy policy, int attempt, DoubleSupplier random) {
    Objects.requireNonNull(random, "random");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempts count from 1, not " + attempt);
    }
    ReconnectPolicy.Kind kind = policy.kind();
    if (kind == ReconnectPolicy.Kind.NEVER) {
      return ReconnectStep.stop();
    }
    if (kind == ReconnectPolicy.Kind.AT_ONCE && attempt == 1) {
      return ReconnectStep.reconnect(0);
    }
    double r = random.getAsDouble();
    if (!(r >= 0 && r < 1)) {
      throw new IllegalArgumentException("a random number must be in [0, 1), not " + r);
    }
    long delay = policy.notBefore().toMillis() + (long) Math.floor(r * window(attempt));
    return kind == ReconnectPolicy.Kind.NEW_CREDENTIALS
        ? ReconnectStep.newCredentials(delay)
        : ReconnectStep.reconnect(delay);
  }

  /** The jitter's upper bound for {@code attempt}, in milliseconds. */
  long window(int attempt) {
    if (attempt == 1) {
      return Math.min(capMillis, firstMillis);
    }
    int doublings = attempt - 1;
    return doublings >= Long.SIZE - 1 || baseMillis > capMillis >> doublings
        ? capMillis
        : baseMillis << doublings;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Backoff
        && ((Backoff) other).firstMillis == firstMillis
        && ((Backoff) other).baseMillis == baseMillis
        && ((Backoff) other).capMillis == capMillis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstMillis, baseMillis, capMillis);
  }

  /** For example {@code Backoff[first 5000 ms, base 1000 ms, cap 30000 ms]}. */
  @Override
  public String toString() {
    return "Backoff[first "
        + firstMillis
        + " ms, base "
        + baseMillis
        + " ms, cap "
        + capMillis
        + " ms]";
  }
}
