package dev.closecodes.testing.contract;

import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.CloseCodeRegistry;
import dev.closecodes.runtime.CloseCodeSet;
import dev.closecodes.runtime.ReconnectPolicy;
import java.time.Duration;
import java.util.List;

/**
 * The codes of {@link ReconnectContract}, each saying what a client does next, shaped as a
 * generated enum answers {@link CloseCode#reconnect()}.
 */
public enum ReconnectCode implements CloseCode {
  /** The client is banned: it does not come back. */
  BANNED(4401, "Banned", ReconnectPolicy.never()),
  /** The client sent too much: it backs off, not before 2 s. */
  RATE_LIMITED(4402, "Too many messages", ReconnectPolicy.backoff(Duration.ofSeconds(2))),
  /** The client's token expired: it gets a new one, then reconnects. */
  SESSION_EXPIRED(4403, "Session expired", ReconnectPolicy.newCredentials());

  /** The registry that types the contract's closes, as one endpoint's registry does. */
  public static final CloseCodeRegistry REGISTRY =
      CloseCodeRegistry.of(
          new CloseCodeSet() {
            @Override
            public String declaredBy() {
              return ReconnectCode.class.getName();
            }

            @Override
            public List<? extends CloseCode> codes() {
              return List.of(values());
            }
          });

  private final int code;
  private final String reason;
  private final ReconnectPolicy reconnect;

  ReconnectCode(int code, String reason, ReconnectPolicy reconnect) {
    this.code = code;
    this.reason = reason;
    this.reconnect = reconnect;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String reason() {
    return reason;
  }

  @Override
  public ReconnectPolicy reconnect() {
    return reconnect;
  }
}
