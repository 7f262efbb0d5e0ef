package dev.closecodes.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Netty server that closes through the adapter, and the JDK's client on the other side. */
class NettyClosesTest {

  private static NettyServer server;

  @BeforeAll
  static void start() throws InterruptedException {
    server = new NettyServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The JDK client, typing the close it receives. */
  private static final class Client implements WebSocket.Listener {
    final CompletableFuture<CloseEvent> closed = new CompletableFuture<>();

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(CloseEvent.received(statusCode, reason, true));
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.complete(NettyCloses.abnormalClosure());
    }
  }

  private static WebSocket connect(Client client) {
    return HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(server.uri(), client).orTimeout(10, TimeUnit.SECONDS).join();
  }

  @Test
  void serverClosesWithAGeneratedCode() throws Exception {
    Client client = new Client();
    connect(client).sendText("over ada", true).get(10, TimeUnit.SECONDS);

    CloseEvent closed = client.closed.get(10, TimeUnit.SECONDS);

    assertEquals(CloseEvent.of(GameCloseCode.GAME_OVER, "Game over for ada"), closed);
    assertEquals(Optional.of(GameCloseCode.GAME_OVER), closed.closeCode());
  }

  @Test
  void serverReadsTheClientsCloseTyped() throws Exception {
    Client client = new Client();
    CloseEvent leaving = new GameCloseEvents().playerLeft();

    connect(client).sendClose(leaving.code(), leaving.reason()).get(10, TimeUnit.SECONDS);

    CloseEvent atServer = server.received.poll(10, TimeUnit.SECONDS);
    assertEquals(leaving, atServer);
    assertEquals(Optional.of(GameCloseCode.PLAYER_LEFT), atServer.closeCode());
  }

  @Test
  void statusAndFrameRefuseCodesThatMayNotBeSent() {
    CloseEvent abnormal = NettyCloses.abnormalClosure();

    assertThrows(IllegalArgumentException.class, () -> NettyCloses.frame(abnormal));
    assertThrows(IllegalArgumentException.class, () -> NettyCloses.status(abnormal));
    assertEquals(StandardCloseCode.ABNORMAL_CLOSURE.code(), abnormal.code());
  }

  @Test
  void statusCarriesCodeAndReason() {
    WebSocketCloseStatus status = NettyCloses.status(new GameCloseEvents().gameOver("bo"));

    assertEquals(4100, status.code());
    assertEquals("Game over for bo", status.reasonText());
  }

  @Test
  void frameRoundTripsThroughNettysOwnAccessors() {
    CloseWebSocketFrame frame = NettyCloses.frame(new GameCloseEvents().gameOver("café"));
    try {
      assertEquals(4100, frame.statusCode());
      assertEquals("Game over for café", frame.reasonText());
      assertEquals(CloseEvent.of(GameCloseCode.GAME_OVER, "Game over for café"),
          NettyCloses.received(frame));
    } finally {
      frame.release();
    }
  }
}
