package dev.closecodes.javawebsocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.JdkClient;
import dev.closecodes.testing.LoopbackJetty;
import dev.closecodes.testing.RawWebSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.java_websocket.WebSocket;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;

/**
 * Java-WebSocket's server and client over loopback, against each other, the JDK client, Jetty and a
 * raw peer that sends an empty close frame or drops the connection.
 */
class JavaWebSocketClosesTest {

  private static final LobbyCloses CLOSES = new LobbyCloseEvents();

  /**
   * A Java-WebSocket server that closes a connection that sends {@code full <room>} and records how
   * its last connection closed.
   */
  private static final class Server extends WebSocketServer {
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    final CompletableFuture<CloseEvent> closed = new CompletableFuture<>();

    Server() {
      super(new InetSocketAddress("127.0.0.1", 0), List.of(new CloseStatusDraft()));
      setReuseAddr(true);
    }

    @Override
    public void onStart() {
      started.complete(null);
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {}

    @Override
    public void onMessage(WebSocket connection, String message) {
      JavaWebSocketCloses.close(connection, CLOSES.roomFull(message.substring("full ".length())));
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
      closed.complete(JavaWebSocketCloses.received(connection, code, reason));
    }

    @Override
    public void onError(WebSocket connection, Exception error) {}

    URI uri() {
      started.orTimeout(10, TimeUnit.SECONDS).join();
      return URI.create("ws://127.0.0.1:" + getPort() + "/");
    }
  }

  /** A Java-WebSocket client that records its close as the adapter types it. */
  private static final class Client extends WebSocketClient {
    final CompletableFuture<CloseEvent> closed = new CompletableFuture<>();

    Client(URI uri) {
      this(uri, new CloseStatusDraft());
    }

    Client(URI uri, Draft draft) {
      super(uri, draft);
    }

    @Override
    public void onOpen(ServerHandshake handshake) {}

    @Override
    public void onMessage(String message) {}

    @Override
    public void onClose(int code, String reason, boolean remote) {
      closed.complete(JavaWebSocketCloses.received(this, code, reason));
    }

    @Override
    public void onError(Exception error) {}
  }

  /** Public: Jetty calls the listener through method handles. */
  public static final class Recorder implements Session.Listener.AutoDemanding {
    static final CompletableFuture<CloseEvent> RECEIVED = new CompletableFuture<>();

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
      RECEIVED.complete(CloseEvent.received(statusCode, reason, true));
      callback.succeed();
    }
  }

  @Test
  void theServerClosesWithATypedEvent() throws Exception {
    Server server = new Server();
    server.start();
    try {
      JdkClient client = JdkClient.connect(server.uri());
      client.send("full lobby");

      assertEquals(CLOSES.roomFull("lobby"), client.closed());
    } finally {
      server.stop(1000);
    }
  }

  @Test
  void theClientClosesWithATypedEventAndRefusesWhatMayNotBeSent() throws Exception {
    try (LoopbackJetty jetty = new LoopbackJetty(uri -> new Recorder())) {
      Client client = new Client(jetty.uri());
      assertTrue(client.connectBlocking(10, TimeUnit.SECONDS));

      assertThrows(
          IllegalArgumentException.class,
          () -> JavaWebSocketCloses.close(client, CloseEvent.received(1006, "", false)));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              JavaWebSocketCloses.close(client, CloseEvent.received(1000, "x".repeat(200), true)));
      assertTrue(client.isOpen(), "nothing was sent");
      JavaWebSocketCloses.close(client, CLOSES.roomFull("lobby"));

      assertEquals(CLOSES.roomFull("lobby"), Recorder.RECEIVED.get(10, TimeUnit.SECONDS));
      CloseEvent atClient = client.closed.get(10, TimeUnit.SECONDS);
      assertEquals(4201, atClient.code());
      assertTrue(atClient.wasClean());
    }
  }

  @Test
  void theClientRecordsTheServersTypedClose() throws Exception {
    Server server = new Server();
    server.start();
    try {
      Client client = new Client(server.uri());
      assertTrue(client.connectBlocking(10, TimeUnit.SECONDS));
      client.send("full lobby");

      assertEquals(CLOSES.roomFull("lobby"), client.closed.get(10, TimeUnit.SECONDS));
      assertEquals(CLOSES.roomFull("lobby"), server.closed.get(10, TimeUnit.SECONDS));
    } finally {
      server.stop(1000);
    }
  }

  /** The client as the raw peer's tests connect it, reading frames with {@code draft}. */
  private static RawWebSocket.Client recordingClient(Draft draft) {
    return uri -> {
      Client client = new Client(uri, draft);
      assertTrue(client.connectBlocking(10, TimeUnit.SECONDS));
      return client.closed;
    };
  }

  @Test
  void withoutTheDraftJavaWebSocketReportsAnEmptyCloseFrameAs1000() throws Exception {
    assertEquals(1000, RawWebSocket.emptyCloseRecordedBy(recordingClient(new Draft_6455())).code());
  }

  @Test
  void aCloseFrameWithACodeIsNotTakenForAnEmptyOne() throws Exception {
    try (RawWebSocket.Server peer = new RawWebSocket.Server()) {
      CompletableFuture<RawWebSocket> accepted = peer.accept();
      Client client = new Client(peer.uri());
      assertTrue(client.connectBlocking(10, TimeUnit.SECONDS));
      RawWebSocket server = accepted.get();
      server.sendText("");
      server.sendText("x".repeat(300));
      server.sendText("x".repeat(70_000));
      server.sendClose(new byte[] {0x03, (byte) 0xE8});

      assertEquals(CloseEvent.received(1000, "", true), client.closed.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void aConnectionThatNeverOpenedIsAbnormalAndNotClean() throws Exception {
    // A peer that accepts the TCP connection and ends it within the opening handshake.
    try (ServerSocket refusing = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> ended =
          CompletableFuture.runAsync(
              () -> {
                try (Socket accepted = refusing.accept()) {
                  accepted.getInputStream().read();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      Client client = new Client(URI.create("ws://127.0.0.1:" + refusing.getLocalPort() + "/"));

      assertFalse(client.connectBlocking(10, TimeUnit.SECONDS));
      CloseEvent closed = client.closed.get(10, TimeUnit.SECONDS);

      assertEquals(CloseEvent.abnormalClosure(), closed);
      ended.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void whatItReportsIsRecordedWithoutThrowing() {
    assertEquals(1006, JavaWebSocketCloses.received(null, -2, null).code());
    assertEquals(1015, JavaWebSocketCloses.received(null, 1015, "tls").code());
    assertFalse(JavaWebSocketCloses.received(null, 1015, "tls").wasClean());
    assertEquals(
        "x".repeat(200), JavaWebSocketCloses.received(null, 1000, "x".repeat(200)).reason());
  }
}
