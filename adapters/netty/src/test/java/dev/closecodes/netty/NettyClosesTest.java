package dev.closecodes.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.InvalidCloseFrameException;
import dev.closecodes.runtime.StandardCloseCode;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import org.junit.jupiter.api.Test;

/**
 * What the contract does not cover: Netty's own status and accessors, and the strict check; the
 * adapter on a server and a client on loopback runs the contract ({@link NettyServerContractTest},
 * {@link NettyClientContractTest}).
 */
class NettyClosesTest {

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
