package dev.closecodes.testing.contract;

import static dev.closecodes.testing.contract.Contract.CLOSES;
import static dev.closecodes.testing.contract.Contract.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.closecodes.runtime.CloseCodeRegistry;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.CloseFrame;
import dev.closecodes.testing.RawWebSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every adapter meets on the server side: a test class extends it and starts the
 * stack's server on loopback (port 0) with an endpoint that hands each connection to the {@link
 * Script} it is given; a raw RFC 6455 client ({@link RawWebSocket}) drives each clause by text
 * messages. Where a stack cannot meet a clause, the adapter's test overrides the clause's
 * expectation ({@link #emptyCloseFrameRecordedAs()}, {@link #secondCloseSendsNothing()}) with
 * javadoc that names the stack's behaviour: documented and still tested, never skipped.
 */
public abstract class ServerContract {

  /** The server's side of one connection, as the adapter drives it. */
  public interface Connection {
    /** Closes through the adapter's close verb, which refuses what may not be sent. */
    void close(CloseEvent event) throws Exception;

    /** Sends a text message through the stack. */
    void send(String text) throws Exception;
  }

  /**
   * What the suite does with the connections of one test; the adapter's endpoint calls it. Each
   * test has its own, so no state outlives a test.
   */
  public static final class Script {
    private final CompletableFuture<CloseEvent> recorded = new CompletableFuture<>();

    /** Call with each text message that arrives. */
    public void text(Connection connection, String text) throws Exception {
      String[] command = text.split(":", 2);
      switch (command[0]) {
        case "close":
          connection.close(Contract.TO_SEND.get(Integer.parseInt(command[1])));
          break;
        case "refuse":
          try {
            connection.close(Contract.PEERS_REFUSE.get(Integer.parseInt(command[1])));
            connection.send("sent");
          } catch (IllegalArgumentException expected) {
            connection.send("refused");
          }
          break;
        case "twice":
          connection.close(CLOSES.sessionExpired());
          connection.close(CLOSES.roomFull("again"));
          break;
        default:
          connection.send(text);
      }
    }

    /** Call once the connection has ended, with what the adapter recorded. */
    public void closed(CloseEvent event) {
      recorded.complete(event);
    }
  }

  /** A running server of the stack under test. */
  public interface RunningServer extends AutoCloseable {
    /** Where a client connects: {@code ws://127.0.0.1:<port>/<path>}. */
    URI uri();

    /** Stops the server; a failure to stop is the test's failure. */
    @Override
    void close();
  }

  /** Starts the adapter's server, each connection handed to {@code script}. */
  protected abstract RunningServer start(Script script) throws Exception;

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

  static List<Integer> eventsToSend() {
    return List.of(0, 1, 2);
  }

  static List<Integer> eventsPeersRefuse() {
    return List.of(0, 1, 2, 3, 4, 5);
  }

  @ParameterizedTest
  @MethodSource("eventsToSend")
  void aReasonArrivesByteExact(int event) throws Exception {
    Script script = new Script();
    try (RunningServer server = start(script);
        RawWebSocket client = RawWebSocket.connect(server.uri())) {
      client.sendText("close:" + event);

      byte[] payload = client.awaitClosePayload();
      assertArrayEquals(CloseFrame.encode(Contract.TO_SEND.get(event)), payload);
      client.sendClose(payload);
      await(script.recorded);
    }
  }

  @Test
  void aPeersCloseIsTypedWithinItsEndpoint() throws Exception {
    CloseEvent expired = recordedAfter(client -> client.sendClose(encode(CLOSES.sessionExpired())));
    CloseEvent full = recordedAfter(client -> client.sendClose(encode(CLOSES.roomFull("lobby"))));

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

  @Test
  void anEmptyCloseFrameIsRecordedAsNoStatus() throws Exception {
    assertEquals(emptyCloseFrameRecordedAs(), recordedAfter(RawWebSocket::sendEmptyClose));
  }

  @Test
  void aDroppedOrResetConnectionIsAbnormalAndNotClean() throws Exception {
    CloseEvent dropped = recordedAfter(RawWebSocket::drop);
    CloseEvent reset = recordedAfter(RawWebSocket::reset);

    assertEquals(1006, dropped.code(), "dropped: " + dropped);
    assertFalse(dropped.wasClean(), "dropped: " + dropped);
    assertEquals(resetRecordedAs().code(), reset.code(), "reset: " + reset);
    assertEquals(resetRecordedAs().wasClean(), reset.wasClean(), "reset: " + reset);
  }

  @ParameterizedTest
  @MethodSource("eventsPeersRefuse")
  void whatPeersRefuseIsRefusedBeforeAnythingIsSent(int event) throws Exception {
    Script script = new Script();
    try (RunningServer server = start(script);
        RawWebSocket client = RawWebSocket.connect(server.uri())) {
      client.sendText("refuse:" + event);

      assertEquals("refused", client.awaitText(), "nothing was sent before the answer");
      client.sendText("close:0");
      byte[] payload = client.awaitClosePayload();
      assertArrayEquals(encode(CLOSES.sessionExpired()), payload);
      client.sendClose(payload);
      await(script.recorded);
    }
  }

  @Test
  void aSecondCloseOnAClosingConnectionSendsNothing() throws Exception {
    Script script = new Script();
    try (RunningServer server = start(script);
        RawWebSocket client = RawWebSocket.connect(server.uri())) {
      client.sendText("twice");

      assertArrayEquals(
          encode(CLOSES.sessionExpired()), client.awaitClosePayload(), "the first close wins");
      client.sendClose(encode(CLOSES.sessionExpired()));
      int more = client.closeFramesUntilEnd();
      assertEquals(secondCloseSendsNothing() ? 0 : 1, more, "close frames after the first");
      await(script.recorded);
    }
  }

  /** Connects a raw client, lets it end the connection, and returns what the adapter recorded. */
  private CloseEvent recordedAfter(Consumer<RawWebSocket> ending) throws Exception {
    Script script = new Script();
    try (RunningServer server = start(script);
        RawWebSocket client = RawWebSocket.connect(server.uri())) {
      client.sendText("ping");
      assertEquals("ping", client.awaitText(), "the connection is open");
      ending.accept(client);
      if (!client.isClosed()) {
        client.awaitClose();
      }
      return await(script.recorded);
    }
  }

  private static byte[] encode(CloseEvent event) {
    return CloseFrame.encode(event);
  }
}
