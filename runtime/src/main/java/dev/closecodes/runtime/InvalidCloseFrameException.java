package dev.closecodes.runtime;

/**
 * A close-frame payload that RFC 6455 does not allow. It names what was wrong and the standard code
 * an endpoint answers it with: 1002 (protocol error) for a bad length or code, 1007 for a reason
 * that is not valid UTF-8.
 */
public final class InvalidCloseFrameException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** An enum constant, so it survives serialization as itself. */
  private final StandardCloseCode response;

  InvalidCloseFrameException(String message, StandardCloseCode response) {
    super(message);
    this.response = response;
  }

  /**
   * @return the code to close the connection with in answer to this payload
   */
  public StandardCloseCode response() {
    return response;
  }
}
