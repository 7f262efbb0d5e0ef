package dev.closecodes.javawebsocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.RawWebSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.Test;

/**
 * What the contract does not cover: why {@link CloseStatusDraft} is needed, that it takes no close
 * frame with a code for an empty one, a connection that never opened, and what Java-WebSocket
 * reports recorded without throwing. Its server and client run the contract ({@link
 * JavaWebSocketServerContractTest}, {@link JavaWebSocketClientContractTest}).
 */
class JavaWebSocketClosesTest {

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
