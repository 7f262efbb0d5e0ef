package dev.closecodes.runtime;

/**
 * The ranges into which RFC 6455 (section 7.4.2) and the IANA WebSocket Close Code Number Registry
 * divide the 16-bit close-code space.
 */
public enum CloseCodeRange {
  /** 0-999: not used. */
  UNUSED(0, 999, "not used by RFC 6455"),
  /** 1000-2999: the WebSocket protocol and its extensions; 1000-1015 are assigned. */
  PROTOCOL(1000, 2999, "reserved for the WebSocket protocol and its extensions (RFC 6455)"),
  /** 3000-3999: libraries, frameworks and applications whose codes are registered with IANA. */
  REGISTERED(3000, 3999, "for libraries and frameworks, registered with IANA"),
  /** 4000-4999: private use, for applications. */
  APPLICATION(4000, 4999, "for applications (private use)"),
  /** 5000-65535: defined by neither RFC 6455 nor IANA; peers reject them. */
  UNDEFINED(5000, 65535, "not defined by RFC 6455; peers reject it");

  private final int first;
  private final int last;
  private final String description;

  CloseCodeRange(int first, int last, String description) {
    this.first = first;
    this.last = last;
    this.description = description;
  }

  /**
   * Returns the range that holds {@code code}.
   *
   * @param code a close code
   * @return its range
   * @throws IllegalArgumentException if {@code code} does not fit the 16 bits of a close frame
   */
  public static CloseCodeRange of(int code) {
    if (code < 0 || code > 65535) {
      throw new IllegalArgumentException(outside16Bits(code));
    }
    if (code >= APPLICATION.first) {
      return code <= APPLICATION.last ? APPLICATION : UNDEFINED;
    }
    if (code >= REGISTERED.first) {
      return REGISTERED;
    }
    return code >= PROTOCOL.first ? PROTOCOL : UNUSED;
  }

  /** The one message for a number that no close frame can carry. */
  static String outside16Bits(int code) {
    return "close code " + code + " does not fit the 16 bits of a close frame (0-65535)";
  }

  /**
   * Whether {@code code} may appear in a close frame: 1000-1003, 1007-1014 and 3000-4999. The
   * arithmetic behind {@link WirePolicy#isSendable(int)}, here where {@link CloseCode} can reach it
   * without depending on the classes that implement it.
   */
  static boolean allowsOnWire(int code) {
    if (code >= REGISTERED.first) {
      return code <= APPLICATION.last;
    }
    return code >= 1000 && code <= 1014 && (code <= 1003 || code >= 1007);
  }

  /**
   * @return the first code of the range
   */
  public int first() {
    return first;
  }

  /**
   * @return the last code of the range
   */
  public int last() {
    return last;
  }

  /**
   * @return whether {@code code} lies in this range
   */
  public boolean contains(int code) {
    return code >= first && code <= last;
  }

  /**
   * @return what the range is for, in the words of RFC 6455 and the IANA registry
   */
  public String description() {
    return description;
  }

  /**
   * @return the range written as {@code first-last}, for messages
   */
  public String span() {
    return first + "-" + last;
  }
}
