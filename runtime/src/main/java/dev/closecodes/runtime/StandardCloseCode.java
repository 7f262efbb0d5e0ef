package dev.closecodes.runtime;

import java.time.Duration;
import java.util.Optional;

/**
 * The close codes that RFC 6455 and the IANA WebSocket Close Code Number Registry assign in
 * 1000-1015, with the registry's names and, in {@link #reconnect()}, what a client does after each:
 * back off after the codes of a server that will be back (1001, 1006, 1011-1014; 1013 not before 10
 * s), do not reconnect after the others, since the same client would be closed the same way again.
 */
public enum StandardCloseCode implements CloseCode {
  /**
   * 1000: the purpose for which the connection was established has been fulfilled. Clients do not
   * reconnect: the connection did what it was for.
   */
  NORMAL_CLOSURE(
      1000,
      "Normal Closure",
      true,
      "The purpose for which the connection was established has been fulfilled.",
      ReconnectPolicy.never()),
  /**
   * 1001: an endpoint is going away, such as a server going down or a browser leaving the page.
   * Clients back off: a server going away comes back, and the random delay spreads the returning
   * clients.
   */
  GOING_AWAY(
      1001,
      "Going Away",
      true,
      "An endpoint is going away, such as a server going down or a browser leaving the page.",
      ReconnectPolicy.backoff()),
  /**
   * 1002: an endpoint is ending the connection because of a protocol error. Clients do not
   * reconnect: the same client would break the protocol again.
   */
  PROTOCOL_ERROR(
      1002,
      "Protocol error",
      true,
      "An endpoint is ending the connection because of a protocol error.",
      ReconnectPolicy.never()),
  /**
   * 1003: an endpoint received a type of data it cannot accept. Clients do not reconnect: the same
   * client would send the same data again.
   */
  UNSUPPORTED_DATA(
      1003,
      "Unsupported Data",
      true,
      "An endpoint received a type of data it cannot accept.",
      ReconnectPolicy.never()),
  /**
   * 1004: reserved; its meaning might be defined in the future. Never sent. Clients do not
   * reconnect: the code has no meaning to act on.
   */
  RESERVED(
      1004,
      "Reserved",
      false,
      "Reserved; the meaning might be defined in the future.",
      ReconnectPolicy.never()),
  /**
   * 1005: reported when a close frame carried no status code. Never sent. Clients do not reconnect:
   * the peer closed cleanly on purpose and gave no reason to return, as with 1000; a server that
   * wants its clients back says 1001, 1012 or 1013.
   */
  NO_STATUS_RECEIVED(
      1005,
      "No Status Rcvd",
      false,
      "Reported when a close frame carried no status code; never sent.",
      ReconnectPolicy.never()),
  /**
   * 1006: reported when a connection ended without a close frame. Never sent. Clients back off: the
   * case RFC 6455 section 7.2.3 describes (a dropped connection, a crashed server).
   */
  ABNORMAL_CLOSURE(
      1006,
      "Abnormal Closure",
      false,
      "Reported when a connection ended without a close frame; never sent.",
      ReconnectPolicy.backoff()),
  /**
   * 1007: a message held data inconsistent with its type, such as invalid UTF-8 in text. Clients do
   * not reconnect: the same client would send the same data again.
   */
  INVALID_FRAME_PAYLOAD_DATA(
      1007,
      "Invalid frame payload data",
      true,
      "A message held data inconsistent with its type, such as invalid UTF-8 in text.",
      ReconnectPolicy.never()),
  /**
   * 1008: a message violated the endpoint's policy. Clients do not reconnect: the same client would
   * violate the same policy again.
   */
  POLICY_VIOLATION(
      1008,
      "Policy Violation",
      true,
      "A message violated the endpoint's policy.",
      ReconnectPolicy.never()),
  /**
   * 1009: a message was too big to process. Clients do not reconnect: the same client would send
   * the same message again.
   */
  MESSAGE_TOO_BIG(
      1009, "Message Too Big", true, "A message was too big to process.", ReconnectPolicy.never()),
  /**
   * 1010: the server did not negotiate an extension the client requires. Clients do not reconnect:
   * the server would not negotiate the extension the next time either.
   */
  MANDATORY_EXTENSION(
      1010,
      "Mandatory Ext.",
      true,
      "The server did not negotiate an extension the client requires.",
      ReconnectPolicy.never()),
  /**
   * 1011: the server met an unexpected condition that kept it from fulfilling the request. Clients
   * back off: an unexpected condition is likely to pass, and the delay keeps clients from piling
   * onto a failing server.
   */
  INTERNAL_ERROR(
      1011,
      "Internal Error",
      true,
      "The server met an unexpected condition that kept it from fulfilling the request.",
      ReconnectPolicy.backoff()),
  /**
   * 1012: the service is restarting. Clients back off: the service comes back after its restart.
   */
  SERVICE_RESTART(
      1012, "Service Restart", true, "The service is restarting.", ReconnectPolicy.backoff()),
  /**
   * 1013: the service is overloaded; try again later. Clients back off, not before 10 s: the
   * service is overloaded now, and clients that return within seconds add to the load.
   */
  TRY_AGAIN_LATER(
      1013,
      "Try Again Later",
      true,
      "The service is overloaded; try again later.",
      ReconnectPolicy.backoff(Duration.ofSeconds(10))),
  /**
   * 1014: a gateway or proxy received an invalid response from the upstream server. Clients back
   * off: the upstream server behind the gateway may recover.
   */
  BAD_GATEWAY(
      1014,
      "Bad Gateway",
      true,
      "A gateway or proxy received an invalid response from the upstream server.",
      ReconnectPolicy.backoff()),
  /**
   * 1015: reported when the TLS handshake failed. Never sent. Clients do not reconnect: the same
   * TLS handshake would fail the same way.
   */
  TLS_HANDSHAKE(
      1015,
      "TLS handshake",
      false,
      "Reported when the TLS handshake failed; never sent.",
      ReconnectPolicy.never());

  private static final int FIRST = 1000;
  private static final StandardCloseCode[] BY_CODE = values();

  private final int code;
  private final String ianaName;
  private final boolean sendable;
  private final String description;
  private final ReconnectPolicy reconnect;

  StandardCloseCode(
      int code, String ianaName, boolean sendable, String description, ReconnectPolicy reconnect) {
    this.code = code;
    this.ianaName = ianaName;
    this.sendable = sendable;
    this.description = description;
    this.reconnect = reconnect;
  }

  /**
   * Returns the standard code with the number {@code code}.
   *
   * @param code a number in 1000-1015
   * @return its standard code
   * @throws IllegalArgumentException if {@code code} is not in 1000-1015
   */
  public static StandardCloseCode of(int code) {
    StandardCloseCode found = lookup(code);
    if (found == null) {
      throw new IllegalArgumentException(
          "close code " + code + " is not a standard close code (1000-1015)");
    }
    return found;
  }

  /**
   * Finds the standard code with the number {@code code}.
   *
   * @param code any number
   * @return its standard code, or empty outside 1000-1015
   */
  public static Optional<StandardCloseCode> find(int code) {
    return Optional.ofNullable(lookup(code));
  }

  /**
   * Whether a close reported as {@code code} says the connection failed, so it was not clean: 1006
   * (no close frame) and 1015 (no TLS), as browsers say.
   */
  static boolean reportsFailure(int code) {
    return code == ABNORMAL_CLOSURE.code || code == TLS_HANDSHAKE.code;
  }

  static StandardCloseCode lookup(int code) {
    int index = code - FIRST;
    return index >= 0 && index < BY_CODE.length ? BY_CODE[index] : null;
  }

  @Override
  public int code() {
    return code;
  }

  /**
   * @return {@code ""}: a standard code carries no reason unless one is given
   */
  @Override
  public String reason() {
    return "";
  }

  @Override
  public String description() {
    return description;
  }

  /**
   * @return the code's name in the IANA registry, such as {@code "Going Away"}
   */
  public String ianaName() {
    return ianaName;
  }

  @Override
  public boolean isSendable() {
    return sendable;
  }

  /** The documented default for this standard code; see each constant for the reason. */
  @Override
  public ReconnectPolicy reconnect() {
    return reconnect;
  }
}
