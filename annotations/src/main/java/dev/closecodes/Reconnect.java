package dev.closecodes;

/**
 * What a client does after a connection was closed with a code: the code's side of the client
 * contract, declared with {@link Code#reconnect()} and, for a whole set, {@link
 * CloseCodes#reconnect()}. Every client that knows the code (the generated enum's {@code
 * reconnect()}, the client bindings, the reconnecting helpers) acts on it the same way.
 *
 * <p>The names say what the client does, not why the server closed: a code for a ban is {@link
 * #NEVER}, one for an expired session {@link #NEW_CREDENTIALS}, one for a rate limit {@link
 * #BACKOFF} with a minimum delay.
 */
public enum Reconnect {
  /**
   * The set's default: on {@link Code#reconnect()}, what {@link CloseCodes#reconnect()} says. Not
   * allowed on {@link CloseCodes#reconnect()} itself.
   */
  DEFAULT,

  /**
   * Do not reconnect: the same client would be closed the same way again (banned, unsupported,
   * done). The default for application codes, since a client that stays away cannot start a storm.
   */
  NEVER,

  /**
   * Reconnect after a random delay that grows with each attempt in a row (RFC 6455 section 7.2.3's
   * random first delay, then truncated binary exponential backoff with full jitter), and never
   * sooner than {@link Code#notBeforeSeconds()}.
   */
  BACKOFF,

  /**
   * Reconnect at once: the first attempt without delay, the attempts after it with {@link
   * #BACKOFF}'s delays, so a server that keeps closing is not hammered.
   */
  AT_ONCE,

  /**
   * Get new credentials first (sign in again, refresh the token), then reconnect with {@link
   * #BACKOFF}'s delays: the old credentials would be refused again.
   */
  NEW_CREDENTIALS
}
