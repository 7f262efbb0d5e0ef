package dev.closecodes.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * What a client does after a connection was closed with a code: the code's side of the client
 * contract, as {@link CloseCode#reconnect()} answers it. A value: a {@link Kind} and the least
 * delay before reconnecting, equal by both.
 *
 * <p>{@link Backoff} turns it, with the number of the attempt and a source of randomness, into the
 * next step.
 */
public final class ReconnectPolicy {

  /** The longest minimum delay a code may ask for: a day. */
  public static final Duration MAX_NOT_BEFORE = Duration.ofDays(1);

  /** What a client does, as {@code dev.closecodes.Reconnect} declares it. */
  public enum Kind {
    /** Do not reconnect: the same client would be closed the same way again. */
    NEVER,
    /** Reconnect after {@link Backoff}'s random, growing delay, and not before the minimum. */
    BACKOFF,
    /** Reconnect at once; attempts after the first wait as {@link #BACKOFF} does. */
    AT_ONCE,
    /** Get new credentials, then reconnect as {@link #BACKOFF} does. */
    NEW_CREDENTIALS
  }

  private static final ReconnectPolicy NEVER = new ReconnectPolicy(Kind.NEVER, Duration.ZERO);
  private static final ReconnectPolicy BACKOFF = new ReconnectPolicy(Kind.BACKOFF, Duration.ZERO);
  private static final ReconnectPolicy AT_ONCE = new ReconnectPolicy(Kind.AT_ONCE, Duration.ZERO);
  private static final ReconnectPolicy NEW_CREDENTIALS =
      new ReconnectPolicy(Kind.NEW_CREDENTIALS, Duration.ZERO);

  private final Kind kind;
  private final Duration notBefore;

  private ReconnectPolicy(Kind kind, Duration notBefore) {
    this.kind = kind;
    this.notBefore = notBefore;
  }

  /** Do not reconnect: what application codes answer unless they declare otherwise. */
  public static ReconnectPolicy never() {
    return NEVER;
  }

  /** Reconnect at once, then back off if the server keeps closing. */
  public static ReconnectPolicy atOnce() {
    return AT_ONCE;
  }

  /** Reconnect with backoff, with no minimum delay. */
  public static ReconnectPolicy backoff() {
    return BACKOFF;
  }

  /**
   * Reconnect with backoff, waiting at least {@code notBefore}.
   *
   * @throws IllegalArgumentException if {@code notBefore} is negative or longer than a day
   */
  public static ReconnectPolicy backoff(Duration notBefore) {
    return of(Kind.BACKOFF, notBefore);
  }

  /** Get new credentials, then reconnect with backoff. */
  public static ReconnectPolicy newCredentials() {
    return NEW_CREDENTIALS;
  }

  /**
   * Get new credentials, then reconnect with backoff, waiting at least {@code notBefore}.
   *
   * @throws IllegalArgumentException if {@code notBefore} is negative or longer than a day
   */
  public static ReconnectPolicy newCredentials(Duration notBefore) {
    return of(Kind.NEW_CREDENTIALS, notBefore);
  }

  /**
   * Returns the policy of {@code kind} with the minimum delay {@code notBefore}, as generated code
   * builds it from a declaration.
   *
   * @param notBefore zero, or, for {@link Kind#BACKOFF} and {@link Kind#NEW_CREDENTIALS}, up to a
   *     day; whole milliseconds count
   * @throws IllegalArgumentException if {@code notBefore} is negative, longer than a day, or given
   *     for {@link Kind#NEVER} or {@link Kind#AT_ONCE}
   */
  public static ReconnectPolicy of(Kind kind, Duration notBefore) {
    Objects.requireNonNull(kind, "kind");
    if (notBefore.isNegative() || notBefore.compareTo(MAX_NOT_BEFORE) > 0) {
      throw new IllegalArgumentException(
          "a minimum delay must be 0 to 1 day (86400 s), not " + notBefore.toMillis() + " ms");
    }
    if (notBefore.isZero()) {
      switch (kind) {
        case NEVER:
          return NEVER;
        case AT_ONCE:
          return AT_ONCE;
        case BACKOFF:
          return BACKOFF;
        default:
          return NEW_CREDENTIALS;
      }
    }
    if (kind == Kind.NEVER || kind == Kind.AT_ONCE) {
      throw new IllegalArgumentException(
          "a minimum delay contradicts " + kind + ": only BACKOFF and NEW_CREDENTIALS wait");
    }
    return new ReconnectPolicy(kind, Duration.ofMillis(notBefore.toMillis()));
  }

  /** What the client does. */
  public Kind kind() {
    return kind;
  }

  /** The least delay before reconnecting, {@link Duration#ZERO} for none. */
  public Duration notBefore() {
    return notBefore;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReconnectPolicy
        && ((ReconnectPolicy) other).kind == kind
        && ((ReconnectPolicy) other).notBefore.equals(notBefore);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + notBefore.hashCode();
  }

  /** For example {@code BACKOFF not before 2000 ms}, or just {@code NEVER}. */
  @Override
  public String toString() {
    return notBefore.isZero()
        ? kind.toString()
        : kind + " not before " + notBefore.toMillis() + " ms";
  }
}
