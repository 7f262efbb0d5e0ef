package dev.closecodes.testing.contract;

import static dev.closecodes.testing.contract.Contract.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.runtime.CloseCodeRegistry;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.CloseFrame;
import dev.closecodes.testing.RawWebSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every adapter meets on the client side, as the Reactive Streams TCK is for
 * publishers: a test class extends it and says how its stack connects, closes and records; each
 * clause runs against a raw RFC 6455 peer on loopback ({@link RawWebSocket}). Where a stack cannot
 * meet a clause, the adapter's test overrides the clause's expectation ({@link
 * #emptyCloseFrameRecordedAs()}, {@link #secondCloseSendsNothing()}) with javadoc that names the
 * stack's behaviour, so the exception is documented and still tested, never skipped.
 */
public abstract class ClientContract {

  private static final ContractCloses CLOSES = Contract.CLOSES;

  /** One connection of the client under test, as the adapter drives it. */
  public interface Connection {
    /** Closes through the adapter's close verb, which refuses what may not be sent. */
    void close(CloseEvent event) throws Exception;

    /** Sends a text message through the stack, to show the connection is still usable. */
    void send(String text) throws Exception;

    /** The event the adapter records when the connection ends. */
    CompletableFuture<CloseEvent> closed();
  }

  /** Connects the adapter's client to {@code uri}; returns once the connection is open. */
  protected abstract Connection connect(URI uri) throws Exception;

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

  static List<CloseEvent> eventsToSend() {
    return Contract.TO_SEND;
  }

  static List<CloseEvent> eventsPeersRefuse() {
    return Contract.PEERS_REFUSE;
  }

  @ParameterizedTest
  @MethodSource("eventsToSend")
  void aReasonArrivesByteExact(CloseEvent event) throws Exception {
    try (RawWebSocket.Server server = new RawWebSocket.Server()) {
      CompletableFuture<RawWebSocket> accepted = server.accept();
      Connection connection = connect(server.uri());
      try (RawWebSocket peer = await(accepted)) {
        connection.close(event);

        byte[] payload = peer.awaitClosePayload();
        assertArrayEquals(CloseFrame.encode(event), payload, "the close frame's body");
        peer.sendClose(payload);
      }
      await(connection.closed());
    }
  }

  @Test
  void aPeersCloseIsTypedWithinItsEndpoint() throws Exception {
    CloseEvent expired = closedByPeer(CLOSES.sessionExpired());
    CloseEvent full = closedByPeer(CLOSES.roomFull("lobby"));

    CloseCodeRegistry codes = Contract.codes();
    assertEquals(CLOSES.sessionExpired(), expired);
    assertEquals(
        Optional.of(ContractCloseCode.SESSION_EXPIRED),
        expired.typedBy(codes.endpoint("contract")).closeCode());
    assertEquals(
        Optional.empty(), expired.typedBy(codes).closeCode(), "4901 is the other endpoint's too");
    assertEquals(Optional.of(ContractCloseCode.ROOM_FULL), full.typedBy(codes).closeCode());
    assertEquals("Room lobby is full", full.reason());
  }

  private CloseEvent closedByPeer(CloseEvent event) throws Exception {
    try (RawWebSocket.Server server = new RawWebSocket.Server()) {
      CompletableFuture<RawWebSocket> accepted = server.accept();
      Connection connection = connect(server.uri());
      try (RawWebSocket peer = await(accepted)) {
        peer.sendClose(CloseFrame.encode(event));
        peer.awaitClose();
      }
      return await(connection.closed());
    }
  }

  @Test
  void anEmptyCloseFrameIsRecordedAsNoStatus() throws Exception {
    assertEquals(
        emptyCloseFrameRecordedAs(),
        RawWebSocket.emptyCloseRecordedBy(uri -> connect(uri).closed()));
  }

  @Test
  void aDroppedOrResetConnectionIsAbnormalAndNotClean() throws Exception {
    List<CloseEvent> recorded = RawWebSocket.endingsRecordedBy(uri -> connect(uri).closed());

    CloseEvent dropped = recorded.get(0);
    CloseEvent reset = recorded.get(1);

    assertEquals(1006, dropped.code(), "dropped: " + dropped);
    assertFalse(dropped.wasClean(), "dropped: " + dropped);
    assertEquals(resetRecordedAs().code(), reset.code(), "reset: " + reset);
    assertEquals(resetRecordedAs().wasClean(), reset.wasClean(), "reset: " + reset);
  }

  @ParameterizedTest
  @MethodSource("eventsPeersRefuse")
  void whatPeersRefuseIsRefusedBeforeAnythingIsSent(CloseEvent refused) throws Exception {
    try (RawWebSocket.Server server = new RawWebSocket.Server()) {
      CompletableFuture<RawWebSocket> accepted = server.accept();
      Connection connection = connect(server.uri());
      try (RawWebSocket peer = await(accepted)) {
        assertThrows(IllegalArgumentException.class, () -> connection.close(refused));

        connection.send("still open");
        assertEquals("still open", peer.awaitText(), "nothing was sent before the message");
        connection.close(CLOSES.sessionExpired());
        byte[] payload = peer.awaitClosePayload();
        assertArrayEquals(CloseFrame.encode(CLOSES.sessionExpired()), payload);
        peer.sendClose(payload);
      }
      await(connection.closed());
    }
  }

  @Test
  void aSecondCloseOnAClosingConnectionSendsNothing() throws Exception {
    try (RawWebSocket.Server server = new RawWebSocket.Server()) {
      CompletableFuture<RawWebSocket> accepted = server.accept();
      Connection connection = connect(server.uri());
      try (RawWebSocket peer = await(accepted)) {
        connection.close(CLOSES.sessionExpired());
        connection.close(CLOSES.roomFull("again"));

        assertArrayEquals(
            CloseFrame.encode(CLOSES.sessionExpired()),
            peer.awaitClosePayload(),
            "the first close wins");
        peer.sendClose(CloseFrame.encode(CLOSES.sessionExpired()));
        // The client waits for the server to end the TCP connection, so the peer stops listening
        // once a second close would have arrived: it was sent before the first close's answer.
        int more = peer.closeFramesWithin(1000);
        assertEquals(secondCloseSendsNothing() ? 0 : 1, more, "close frames after the first");
      }
      await(connection.closed());
    }
  }
}
