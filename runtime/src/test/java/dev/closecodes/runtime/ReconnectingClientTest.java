package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The part every stack's reconnecting client shares, on a stack whose connections exist only as the
 * calls it would make; the adapters' {@code ReconnectContract} tests run it against real servers.
 */
class ReconnectingClientTest {

  /** Connections are names; closing one with 1000 is noted. */
  static final class NamedConnections extends ReconnectingClient<String> {
    final BlockingQueue<Reconnector.Connection> connects = new LinkedBlockingQueue<>();
    final List<String> closedNormally = new CopyOnWriteArrayList<>();

    NamedConnections() {
      start(Reconnector.builder());
    }

    @Override
    protected void connect(String credentials, Reconnector.Connection connection) {
      connects.add(connection);
    }

    @Override
    protected void closeNormally(String webSocket) {
      closedNormally.add(webSocket);
    }

    Reconnector.Connection nextConnect() throws InterruptedException {
      Reconnector.Connection connection = connects.poll(10, TimeUnit.SECONDS);
      assertNotNull(connection, "a connection was opened");
      return connection;
    }
  }

  private final NamedConnections client = new NamedConnections();

  @AfterEach
  void stop() {
    client.close();
  }

  @Test
  void theOpenConnectionIsKeptUntilItEndsAndClosingEndsItWith1000() throws Exception {
    client.opened("first", client.nextConnect());
    assertEquals(Optional.of("first"), client.webSocket());

    client.ended("an earlier one");
    assertEquals(Optional.of("first"), client.webSocket(), "another connection's end");
    client.close();

    assertEquals(List.of("first"), client.closedNormally);
    assertTrue(client.reconnector().isStopped());
  }

  @Test
  void aConnectionThatEndedIsNoLongerOpenNorClosedAgain() throws Exception {
    client.opened("first", client.nextConnect());

    client.ended("first");
    client.close();

    assertEquals(Optional.empty(), client.webSocket());
    assertEquals(List.of(), client.closedNormally, "nothing to close");
  }

  @Test
  void aConnectionThatOpensAfterCloseIsClosedAtOnce() throws Exception {
    Reconnector.Connection opening = client.nextConnect();

    client.close();
    client.opened("late", opening);

    assertEquals(List.of("late"), client.closedNormally);
  }
}
