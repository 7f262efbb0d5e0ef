package dev.closecodes.runtime;

/**
 * What may travel in a close frame, and why not: the one check that sending (events, the codec,
 * every adapter) and receiving (the strict decoder) share. RFC 6455 section 7.4 and the IANA
 * registry allow the assigned standard codes 1000-1003 and 1007-1014, and 3000-4999; never 1004
 * (reserved), 1005, 1006 or 1015 (which only report what happened), unassigned numbers below 3000,
 * or numbers above 4999.
 */
public final class WirePolicy {

  private WirePolicy() {}

  /**
   * Tells whether {@code code} may appear in a close frame, and so be sent by an endpoint.
   *
   * @param code any number
   * @return whether it is a valid close code on the wire
   */
  public static boolean isSendable(int code) {
    return CloseCodeRange.allowsOnWire(code);
  }

  /**
   * Checks that an endpoint may send {@code code}, before anything is sent.
   *
   * @param code the code about to be sent
   * @return {@code code}
   * @throws IllegalArgumentException if it may not be sent; the message says why, such as "close
   *     code 1006 (Abnormal Closure) may not be sent: Reported when a connection ended without a
   *     close frame; never sent."
   */
  public static int requireSendable(int code) {
    if (!isSendable(code)) {
      throw new IllegalArgumentException(sendRefusal(code));
    }
    return code;
  }

  /** Why {@code code} may not be sent, for a message. */
  private static String sendRefusal(int code) {
    if (code < 0 || code > 65535) {
      return CloseCodeRange.outside16Bits(code);
    }
    StandardCloseCode standard = StandardCloseCode.lookup(code);
    if (standard != null) {
      return "close code "
          + code
          + " ("
          + standard.ianaName()
          + ") may not be sent: "
          + standard.description();
    }
    CloseCodeRange range = CloseCodeRange.of(code);
    return "close code "
        + code
        + " may not be sent: "
        + range.span()
        + " is "
        + range.description();
  }

  /** Why a received frame may not carry {@code code}, which fits 16 bits, for a message. */
  static String wireRefusal(int code) {
    StandardCloseCode standard = StandardCloseCode.lookup(code);
    if (standard != null) {
      return "may not appear on the wire (" + standard.ianaName() + ")";
    }
    CloseCodeRange range = CloseCodeRange.of(code);
    return range == CloseCodeRange.PROTOCOL
        ? "is not assigned (1016-2999 are reserved for the protocol)"
        : "is outside the valid codes (" + range.span() + " is " + range.description() + ")";
  }
}
