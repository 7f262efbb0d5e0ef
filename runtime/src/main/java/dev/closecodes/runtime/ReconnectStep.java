package dev.closecodes.runtime;

import java.time.Duration;

/**
 * What a client does next after a close, as {@link Backoff#next} decides it: stop, reconnect after
 * a delay, or get new credentials and then reconnect after a delay. A value, equal by action and
 * delay.
 */
public final class ReconnectStep {

  /** What the client does. */
  public enum Action {
    /** Do not reconnect. */
    STOP,
    /** Wait {@link #delay()}, then reconnect. */
    RECONNECT,
    /** Get new credentials, wait {@link #delay()}, then reconnect with them. */
    NEW_CREDENTIALS
  }

  private static final ReconnectStep STOP = new ReconnectStep(Action.STOP, 0);

  private final Action action;
  private final long delayMillis;

  private ReconnectStep(Action action, long delayMillis) {
    this.action = action;
    this.delayMillis = delayMillis;
  }

  /** Do not reconnect. */
  public static ReconnectStep stop() {
    return STOP;
  }

  /** Reconnect after {@code delayMillis} milliseconds. */
  public static ReconnectStep reconnect(long delayMillis) {
    return new ReconnectStep(Action.RECONNECT, requireDelay(delayMillis));
  }

  /** Get new credentials, then reconnect after {@code delayMillis} milliseconds. */
  public static ReconnectStep newCredentials(long delayMillis) {
    return new ReconnectStep(Action.NEW_CREDENTIALS, requireDelay(delayMillis));
  }

  private static long requireDelay(long delayMillis) {
    if (delayMillis < 0) {
      throw new IllegalArgumentException("a delay must not be negative: " + delayMillis + " ms");
    }
    return delayMillis;
  }

  /** What the client does. */
  public Action action() {
    return action;
  }

  /** Whether the client reconnects, with or without new credentials. */
  public boolean reconnects() {
    return action != Action.STOP;
  }

  /** The wait before reconnecting, in milliseconds; {@code 0} for {@link Action#STOP}. */
  public long delayMillis() {
    return delayMillis;
  }

  /** The wait before reconnecting; {@link Duration#ZERO} for {@link Action#STOP}. */
  public Duration delay() {
    return Duration.ofMillis(delayMillis);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReconnectStep
        && ((ReconnectStep) other).action == action
        && ((ReconnectStep) other).delayMillis == delayMillis;
  }

  @Override
  public int hashCode() {
    return 31 * action.hashCode() + Long.hashCode(delayMillis);
  }

  /** For example {@code RECONNECT after 2345 ms}, or just {@code STOP}. */
  @Override
  public String toString() {
    return action == Action.STOP ? "STOP" : action + " after " + delayMillis + " ms";
  }
}
