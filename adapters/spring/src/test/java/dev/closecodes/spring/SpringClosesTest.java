package dev.closecodes.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.CloseFrame;
import dev.closecodes.testing.RawWebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * What the contract does not cover: whether {@code close} started the close, and what Spring
 * reports recorded without throwing. Spring's client and server run the contract on Jetty and on
 * Tomcat ({@link SpringOnJettyContractTest}, {@link SpringOnTomcatContractTest}, {@link
 * SpringServerOnJettyContractTest}, {@link SpringServerOnTomcatContractTest}).
 */
class SpringClosesTest {

  private static final PaymentCloses CLOSES = new PaymentCloseEvents();

  @Test
  void closeReportsWhetherThisCallStartedTheCloseSoItIsCountedOnce() throws Exception {
    try (RawWebSocket.Server server = new RawWebSocket.Server()) {
      CompletableFuture<RawWebSocket> accepted = server.accept();
      WebSocketSession session =
          new StandardWebSocketClient()
              .execute(new TextWebSocketHandler(), server.uri().toString())
              .get(10, TimeUnit.SECONDS);
      try (RawWebSocket peer = accepted.get(10, TimeUnit.SECONDS)) {
        assertTrue(SpringCloses.close(session, CLOSES.done()));
        assertFalse(SpringCloses.close(session, CLOSES.done()), "already closing: nothing sent");

        assertArrayEquals(CloseFrame.encode(CLOSES.done()), peer.awaitClosePayload());
      }
    }
  }

  @Test
  void abnormalClosureIsNotCleanAndCannotBeSent() {
    CloseEvent abnormal = SpringCloses.received(CloseStatus.NO_CLOSE_FRAME);

    assertEquals(1006, abnormal.code());
    assertFalse(abnormal.wasClean());
    assertThrows(IllegalArgumentException.class, () -> SpringCloses.toStack(abnormal));
  }

  @Test
  void receivedNeverThrowsAndKeepsWhatSpringReports() {
    String longReason = "x".repeat(200);

    CloseEvent local = SpringCloses.received(new CloseStatus(4001, longReason));
    CloseEvent missing = SpringCloses.received(null);
    CloseEvent noStatus = SpringCloses.received(CloseStatus.NO_STATUS_CODE);

    assertEquals(longReason, local.reason());
    assertThrows(IllegalArgumentException.class, () -> SpringCloses.toStack(local), "not sent on");
    assertEquals(1006, missing.code());
    assertFalse(missing.wasClean());
    assertEquals(1005, noStatus.code());
    assertEquals("", noStatus.reason());
  }
}
