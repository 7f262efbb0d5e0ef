package dev.closecodes.runtime;

/**
 * A typed WebSocket close code: the standard codes of {@link StandardCloseCode} and every enum that
 * the closecodes processor generates implement it.
 */
public interface CloseCode {

  /**
   * @return the number sent in the close frame
   */
  int code();

  /**
   * @return the constant's name, such as {@code ROOM_FULL}
   */
  String name();

  /**
   * Returns the reason as declared: the text sent by default, or, for a code whose reason takes
   * arguments, the template with its {@code {placeholders}}.
   *
   * @return the declared reason, {@code ""} for none
   */
  String reason();

  /**
   * @return what the code means, {@code ""} when nothing is documented
   */
  default String description() {
    return "";
  }

  /**
   * @return the RFC 6455 range the code falls in
   */
  default CloseCodeRange range() {
    return CloseCodeRange.of(code());
  }

  /**
   * Tells whether an endpoint may put this code in a close frame it sends. It may not send codes
   * that RFC 6455 reserves for reporting (1005, 1006, 1015), nor 1004 or unassigned numbers.
   *
   * @return whether the code may be sent
   */
  default boolean isSendable() {
    return CloseCodeRange.allowsOnWire(code());
  }

  /**
   * What a client does after a connection was closed with this code, for {@link Backoff} to turn
   * into the next step. Generated enums answer what the code declares (its {@code @Code(reconnect =
   * ...)}, else its set's default); {@link StandardCloseCode} answers the documented default for
   * each standard code; any other code, such as an application code no set declares, answers {@link
   * ReconnectPolicy#never()}: a client that does not know a code does not guess, and one that stays
   * away cannot start a reconnect storm.
   *
   * @return the code's reconnect policy
   */
  default ReconnectPolicy reconnect() {
    return ReconnectPolicy.never();
  }
}
