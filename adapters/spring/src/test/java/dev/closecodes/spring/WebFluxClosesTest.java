package dev.closecodes.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.runtime.CloseEvent;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.socket.CloseStatus;

/**
 * What WebFlux reports, recorded without throwing; its server and client on loopback run the
 * contract ({@link WebFluxServerContractTest}, {@link WebFluxClientContractTest}).
 */
class WebFluxClosesTest {

  @Test
  void whatAStatusSaysIsRecordedWithoutThrowing() {
    assertEquals(1006, WebFluxCloses.received(null).code());
    assertEquals(CloseEvent.noStatus(), WebFluxCloses.received(CloseStatus.NO_STATUS_CODE));
    assertFalse(WebFluxCloses.received(new CloseStatus(1015, "tls")).wasClean());
    assertEquals(
        "x".repeat(200), WebFluxCloses.received(new CloseStatus(4000, "x".repeat(200))).reason());
    assertThrows(
        IllegalArgumentException.class,
        () -> WebFluxCloses.toStack(CloseEvent.received(4000, "x".repeat(200), true)));
  }
}
