package dev.closecodes.testing.contract;

import dev.closecodes.runtime.CloseCodeRegistry;
import dev.closecodes.runtime.CloseEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** What both sides of the contract send, refuse and wait for. */
final class Contract {

  static final ContractCloses CLOSES = new ContractCloseEvents();

  /** Typed, templated, and a templated non-ASCII reason cut to fit 123 bytes. */
  static final List<CloseEvent> TO_SEND =
      List.of(
          CLOSES.sessionExpired(),
          CLOSES.roomFull("caf\u00e9 \u2615"),
          CLOSES.roomFull("\u00e9".repeat(50) + "\ud83d\ude00".repeat(20)));

  /** What a stack would send "successfully" and a peer refuses. */
  static final List<CloseEvent> PEERS_REFUSE =
      List.of(
          CloseEvent.received(1005, "", true),
          CloseEvent.received(1006, "", true),
          CloseEvent.received(1015, "", true),
          CloseEvent.received(999, "", true),
          CloseEvent.received(5000, "", true),
          CloseEvent.received(4001, "x".repeat(124), true));

  private static final long TIMEOUT_SECONDS = 10;

  private Contract() {}

  /**
   * The contract's registry: its own sets, which are not registered with {@code ServiceLoader}, so
   * that an adapter's tests see the global registry their application would.
   */
  static CloseCodeRegistry codes() {
    return CloseCodeRegistry.of(new ContractCloseCode.Provider(), new OtherCloseCode.Provider());
  }

  static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
