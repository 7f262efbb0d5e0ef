package dev.closecodes.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.InvalidCloseFrameException;
import dev.closecodes.runtime.StandardCloseCode;
import dev.closecodes.testing.JdkClient;
import dev.closecodes.testing.RawWebSocket;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.util.Optional;
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

  @Test
  void serverClosesWithAGeneratedCode() throws Exception {
    JdkClient client = JdkClient.connect(server.uri());
    client.send("over ada");

    CloseEvent closed = client.closed();

    assertEquals(CloseEvent.of(GameCloseCode.GAME_OVER, "Game over for ada"), closed);
    assertEquals(Optional.of(GameCloseCode.GAME_OVER), closed.closeCode());
  }

  @Test
  void serverRecordsAnEmptyCloseFrameAsNoStatus() throws Exception {
    RawWebSocket.connect(server.uri()).sendEmptyClose();

    assertEquals(CloseEvent.received(1005, "", true), server.received.poll(10, TimeUnit.SECONDS));
  }

  @Test
  void serverReadsTheClientsCloseTyped() throws Exception {
    CloseEvent leaving = new GameCloseEvents().playerLeft();

    JdkClient.connect(server.uri()).close(leaving);

    CloseEvent atServer = server.received.poll(10, TimeUnit.SECONDS);
    assertEquals(leaving, atServer);
    assertEquals(Optional.of(GameCloseCode.PLAYER_LEFT), atServer.closeCode());
  }

  @Test
  void statusAndFrameRefuseCodesThatMayNotBeSent() {
    CloseEvent abnormal = CloseEvent.abnormalClosure();

    assertThrows(IllegalArgumentException.class, () -> NettyCloses.toStack(abnormal));
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
    CloseWebSocketFrame frame = NettyCloses.toStack(new GameCloseEvents().gameOver("café"));
    try {
      assertEquals(4100, frame.statusCode());
      assertEquals("Game over for café", frame.reasonText());
      assertEquals(
          CloseEvent.of(GameCloseCode.GAME_OVER, "Game over for café"),
          NettyCloses.received(frame));
    } finally {
      frame.release();
    }
  }

  @Test
  void receivedRecordsAnyFrameAndDecodeChecksIt() {
    CloseWebSocketFrame badCode =
        new CloseWebSocketFrame(
            true, 0, Unpooled.wrappedBuffer(new byte[] {0x03, (byte) 0xEE, 'b', 'y', 'e'}));
    CloseWebSocketFrame empty = new CloseWebSocketFrame(true, 0, Unpooled.EMPTY_BUFFER);
    try {
      CloseEvent recorded = NettyCloses.received(badCode);

      assertEquals(1006, recorded.code());
      assertEquals("bye", recorded.reason());
      assertEquals(1005, NettyCloses.received(empty).code());
      assertEquals(1006, NettyCloses.received(null).code());
      assertThrows(InvalidCloseFrameException.class, () -> NettyCloses.decode(badCode));
    } finally {
      badCode.release();
      empty.release();
    }
  }
}
