package dev.closecodes.runtime;

import java.util.Optional;

/**
 * The close codes that RFC 6455 and the IANA WebSocket Close Code Number Registry assign in
 * 1000-1015, with the registry's names.
 */
public enum StandardCloseCode implements CloseCode {
  /** 1000: the purpose for which the connection was established has been fulfilled. */
  NORMAL_CLOSURE(
      1000,
      "Normal Closure",
      true,
      "The purpose for which the connection was established has been fulfilled."),
  /** 1001: an endpoint is going away, such as a server going down or a browser leaving the page. */
  GOING_AWAY(
      1001,
      "Going Away",
      true,
      "An endpoint is going away, such as a server going down or a browser leaving the page."),
  /** 1002: an endpoint is ending the connection because of a protocol error. */
  PROTOCOL_ERROR(
      1002,
      "Protocol error",
      true,
      "An endpoint is ending the connection because of a protocol error."),
  /** 1003: an endpoint received a type of data it cannot accept. */
  UNSUPPORTED_DATA(
      1003, "Unsupported Data", true, "An endpoint received a type of data it cannot accept."),
  /** 1004: reserved; its meaning might be defined in the future. Never sent. */
  RESERVED(1004, "Reserved", false, "Reserved; the meaning might be defined in the future."),
  /** 1005: reported when a close frame carried no status code. Never sent. */
  NO_STATUS_RECEIVED(
      1005,
      "No Status Rcvd",
      false,
      "Reported when a close frame carried no status code; never sent."),
  /** 1006: reported when a connection ended without a close frame. Never sent. */
  ABNORMAL_CLOSURE(
      1006,
      "Abnormal Closure",
      false,
      "Reported when a connection ended without a close frame; never sent."),
  /** 1007: a message held data inconsistent with its type, such as invalid UTF-8 in text. */
  INVALID_FRAME_PAYLOAD_DATA(
      1007,
      "Invalid frame payload data",
      true,
      "A message held data inconsistent with its type, such as invalid UTF-8 in text."),
  /** 1008: a message violated the endpoint's policy. */
  POLICY_VIOLATION(1008, "Policy Violation", true, "A message violated the endpoint's policy."),
  /** 1009: a message was too big to process. */
  MESSAGE_TOO_BIG(1009, "Message Too Big", true, "A message was too big to process."),
  /** 1010: the server did not negotiate an extension the client requires. */
  MANDATORY_EXTENSION(
      1010,
      "Mandatory Ext.",
      true,
      "The server did not negotiate an extension the client requires."),
  /** 1011: the server met an unexpected condition that kept it from fulfilling the request. */
  INTERNAL_ERROR(
      1011,
      "Internal Error",
      true,
      "The server met an unexpected condition that kept it from fulfilling the request."),
  /** 1012: the service is restarting. */
  SERVICE_RESTART(1012, "Service Restart", true, "The service is restarting."),
  /** 1013: the service is overloaded; try again later. */
  TRY_AGAIN_LATER(1013, "Try Again Later", true, "The service is overloaded; try again later."),
  /** 1014: a gateway or proxy received an invalid response from the upstream server. */
  BAD_GATEWAY(
      1014,
      "Bad Gateway",
      true,
      "A gateway or proxy received an invalid response from the upstream server."),
  /** 1015: reported when the TLS handshake failed. Never sent. */
  TLS_HANDSHAKE(
      1015, "TLS handshake", false, "Reported when the TLS handshake failed; never sent.");

  private static final int FIRST = 1000;
  private static final StandardCloseCode[] BY_CODE = values();

  private final int code;
  private final String ianaName;
  private final boolean sendable;
  private final String description;

  StandardCloseCode(int code, String ianaName, boolean sendable, String description) {
    this.code = code;
    this.ianaName = ianaName;
    this.sendable = sendable;
    this.description = description;
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
}
