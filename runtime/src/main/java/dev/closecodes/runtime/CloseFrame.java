package dev.closecodes.runtime;

/**
 * The RFC 6455 rules for the payload of a close frame: a 2-byte big-endian code followed by a UTF-8
 * reason, at most 125 bytes in all.
 */
public final class CloseFrame {

  /** The most bytes a close frame's payload may hold (a control frame's limit). */
  public static final int MAX_PAYLOAD_BYTES = 125;

  /** The most bytes of UTF-8 a reason may take: the payload less the 2-byte code. */
  public static final int MAX_REASON_BYTES = MAX_PAYLOAD_BYTES - 2;

  private CloseFrame() {}

  /**
   * Tells whether {@code code} may appear in a close frame, and so be sent by an endpoint: the
   * assigned standard codes 1000-1003 and 1007-1014, and 3000-4999. Never 1004 (reserved), 1005,
   * 1006 or 1015 (which only report what happened), unassigned numbers below 3000, or numbers above
   * 4999.
   *
   * @param code any number
   * @return whether it is a valid close code on the wire
   */
  public static boolean isValidCode(int code) {
    if (code >= 3000) {
      return code <= 4999;
    }
    return code >= 1000 && code <= 1014 && (code <= 1003 || code >= 1007);
  }
}
