package dev.closecodes.testing.contract;

import static dev.closecodes.testing.contract.Contract.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.CloseFrame;
import dev.closecodes.testing.RawWebSocket;
import java.net.URI;
import java.util.List;
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
public abstract class ClientContract extends SharedClauses {

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

  static List<CloseEvent> eventsToSend() {
    return Contract.TO_SEND;
  }

  static List<CloseEvent> eventsPeersRefuse() {
    return Contract.PEERS_REFUSE;
  }

  @ParameterizedTest
  @MethodSource("eventsToSend")
  void aReasonArrivesByteExact(CloseEvent event) throws Exception {
    recordedAfter(
        (connection, peer) -> {
          connection.close(event);

          byte[] payload = peer.awaitClosePayload();
          assertArrayEquals(CloseFrame.encode(event), payload, "the close frame's body");
          peer.sendClose(payload);
        });
  }

  @Test
  void aPeersCloseIsTypedWithinItsEndpoint() throws Exception {
    CloseEvent expired = closedByPeer(CLOSES.sessionExpired());
    CloseEvent full = closedByPeer(CLOSES.roomFull("lobby"));

    assertTypedWithinItsEndpoint(expired, full);
  }

  private CloseEvent closedByPeer(CloseEvent event) throws Exception {
    return recordedAfter(
        (connection, peer) -> {
          peer.sendClose(CloseFrame.encode(event));
          peer.awaitClose();
        });
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

    assertEndedAbnormally(recorded.get(0), recorded.get(1));
  }

  @ParameterizedTest
  @MethodSource("eventsPeersRefuse")
  void whatPeersRefuseIsRefusedBeforeAnythingIsSent(CloseEvent refused) throws Exception {
    recordedAfter(
        (connection, peer) -> {
          assertThrows(IllegalArgumentException.class, () -> connection.close(refused));

          connection.send("still open");
          assertEquals("still open", peer.awaitText(), "nothing was sent before the message");
          connection.close(CLOSES.sessionExpired());
          byte[] payload = peer.awaitClosePayload();
          assertArrayEquals(CloseFrame.encode(CLOSES.sessionExpired()), payload);
          peer.sendClose(payload);
        });
  }

  @Test
  void aSecondCloseOnAClosingConnectionSendsNothing() throws Exception {
    recordedAfter(
        (connection, peer) -> {
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
        });
  }

  /** What a clause does with the client's connection and the raw peer it is connected to. */
  private interface Exchange {
    void run(Connection connection, RawWebSocket peer) throws Exception;
  }

  /**
   * Connects the client to a raw peer, runs {@code exchange}, closes the peer, and returns what the
   * adapter recorded once the connection ended.
   */
  private CloseEvent recordedAfter(Exchange exchange) throws Exception {
    try (RawWebSocket.Server server = new RawWebSocket.Server()) {
      CompletableFuture<RawWebSocket> accepted = server.accept();
      Connection connection = connect(server.uri());
      try (RawWebSocket peer = await(accepted)) {
        exchange.run(connection, peer);
      }
      return await(connection.closed());
    }
  }
}
