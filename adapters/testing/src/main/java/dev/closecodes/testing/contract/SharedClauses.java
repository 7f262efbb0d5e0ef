package dev.closecodes.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.closecodes.runtime.CloseCodeRegistry;
import dev.closecodes.runtime.CloseEvent;
import java.util.Optional;

/**
 * What the client and server suites share: the expectations an adapter may override where its stack
 * cannot meet a clause, and the checks of what the adapter recorded, which do not depend on the
 * side.
 */
abstract class SharedClauses {

  SharedClauses() {}

  /**
   * What the adapter records for a close frame with an empty body: 1005 (no status), clean, as RFC
   * 6455 and browsers say. An adapter whose stack cannot tell such a frame from a 1000 overrides
   * this and says why.
   */
  protected CloseEvent emptyCloseFrameRecordedAs() {
    return CloseEvent.noStatus();
  }

  /**
   * What the adapter records for a connection reset without a close frame: 1006, not clean, as for
   * one dropped. An adapter whose stack reports a reset as something else overrides this and says
   * why; the code and {@code wasClean} are compared, since stacks explain a 1006 in their own
   * words.
   */
  protected CloseEvent resetRecordedAs() {
    return CloseEvent.abnormalClosure();
  }

  /**
   * Whether a second close on a closing connection sends nothing (the first close wins), as it
   * should; an adapter whose stack sends again overrides this and says why.
   */
  protected boolean secondCloseSendsNothing() {
    return true;
  }

  /** A peer's {@code sessionExpired()} and {@code roomFull("lobby")}, typed within the endpoint. */
  static void assertTypedWithinItsEndpoint(CloseEvent expired, CloseEvent full) {
    CloseCodeRegistry codes = Contract.codes();
    assertEquals(Contract.CLOSES.sessionExpired(), expired);
    assertEquals(
        Optional.of(ContractCloseCode.SESSION_EXPIRED),
        expired.typedBy(codes.endpoint("contract")).closeCode());
    assertEquals(
        Optional.empty(), expired.typedBy(codes).closeCode(), "4901 is the other endpoint's too");
    assertEquals(Optional.of(ContractCloseCode.ROOM_FULL), full.typedBy(codes).closeCode());
    assertEquals("Room lobby is full", full.reason());
  }

  /** A dropped connection is 1006, not clean; a reset one is {@link #resetRecordedAs()}. */
  void assertEndedAbnormally(CloseEvent dropped, CloseEvent reset) {
    assertEquals(1006, dropped.code(), "dropped: " + dropped);
    assertFalse(dropped.wasClean(), "dropped: " + dropped);
    assertEquals(resetRecordedAs().code(), reset.code(), "reset: " + reset);
    assertEquals(resetRecordedAs().wasClean(), reset.wasClean(), "reset: " + reset);
  }
}
