package dev.closecodes.testing.contract;

import static dev.closecodes.testing.contract.Contract.CLOSES;
import static dev.closecodes.testing.contract.Contract.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.CloseFrame;
import dev.closecodes.testing.RawWebSocket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
public abstract class ServerContract extends SharedClauses {

  private static final int SERVER_CLOSES_WITHIN_SECONDS = 5;

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

  static List<Integer> eventsToSend() {
    return List.of(0, 1, 2);
  }

  static List<Integer> eventsPeersRefuse() {
    return List.of(0, 1, 2, 3, 4, 5);
  }

  @ParameterizedTest
  @MethodSource("eventsToSend")
  void aReasonArrivesByteExact(int event) throws Exception {
    recordedAfter(
        client -> {
          client.sendText("close:" + event);

          byte[] payload = client.awaitClosePayload();
          assertArrayEquals(CloseFrame.encode(Contract.TO_SEND.get(event)), payload);
          client.sendClose(payload);
        });
  }

  @Test
  void aPeersCloseIsTypedWithinItsEndpoint() throws Exception {
    CloseEvent expired = endedBy(client -> client.sendClose(encode(CLOSES.sessionExpired())));
    CloseEvent full = endedBy(client -> client.sendClose(encode(CLOSES.roomFull("lobby"))));

    assertTypedWithinItsEndpoint(expired, full);
  }

  @Test
  void anEmptyCloseFrameIsRecordedAsNoStatus() throws Exception {
    assertEquals(emptyCloseFrameRecordedAs(), endedBy(RawWebSocket::sendEmptyClose));
  }

  @Test
  void aDroppedOrResetConnectionIsAbnormalAndNotClean() throws Exception {
    assertEndedAbnormally(endedBy(RawWebSocket::drop), endedBy(RawWebSocket::reset));
  }

  @ParameterizedTest
  @MethodSource("eventsPeersRefuse")
  void whatPeersRefuseIsRefusedBeforeAnythingIsSent(int event) throws Exception {
    recordedAfter(
        client -> {
          client.sendText("refuse:" + event);

          assertEquals("refused", client.awaitText(), "nothing was sent before the answer");
          client.sendText("close:0");
          byte[] payload = client.awaitClosePayload();
          assertArrayEquals(encode(CLOSES.sessionExpired()), payload);
          client.sendClose(payload);
        });
  }

  @Test
  void aSecondCloseOnAClosingConnectionSendsNothing() throws Exception {
    recordedAfter(
        client -> {
          client.sendText("twice");

          assertArrayEquals(
              encode(CLOSES.sessionExpired()), client.awaitClosePayload(), "the first close wins");
          client.sendClose(encode(CLOSES.sessionExpired()));
          int more = client.closeFramesUntilEnd();
          assertEquals(secondCloseSendsNothing() ? 0 : 1, more, "close frames after the first");
        });
  }

  /** What a clause does with the raw client. */
  private interface Exchange {
    void run(RawWebSocket client) throws Exception;
  }

  /**
   * Starts the server, connects a raw client, runs {@code exchange}, and returns what the adapter
   * recorded once the connection ended. A server closes the TCP connection after the closing
   * handshake; where it has not within {@value #SERVER_CLOSES_WITHIN_SECONDS} s, the client closes
   * it, as RFC 6455 section 7.1.1 lets a client do (Java-WebSocket's server sometimes leaves it
   * open after echoing a peer's close), and the adapter records the close then.
   */
  private CloseEvent recordedAfter(Exchange exchange) throws Exception {
    Script script = new Script();
    try (RunningServer server = start(script);
        RawWebSocket client = RawWebSocket.connect(server.uri())) {
      exchange.run(client);
      try {
        return script.recorded.get(SERVER_CLOSES_WITHIN_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        client.drop(); // a FIN, after the closing handshake
        return await(script.recorded);
      }
    }
  }

  /**
   * What the adapter recorded after an open connection was ended by the client with {@code end}.
   */
  private CloseEvent endedBy(Exchange end) throws Exception {
    return recordedAfter(
        client -> {
          client.sendText("ping");
          assertEquals("ping", client.awaitText(), "the connection is open");
          end.run(client);
          if (!client.isClosed()) {
            client.awaitClose();
          }
        });
  }

  private static byte[] encode(CloseEvent event) {
    return CloseFrame.encode(event);
  }
}
