package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.runtime.TestSets.ArenaCode;
import dev.closecodes.runtime.TestSets.ChatCode;
import dev.closecodes.runtime.TestSets.ClashingCode;
import dev.closecodes.runtime.TestSets.GameCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Endpoints that reuse numbers: each number is typed within the endpoint it arrived on. */
class EndpointResolutionTest {

  private final Logger log = Logger.getLogger(CloseCodeRegistry.class.getName());
  private final List<LogRecord> logged = new ArrayList<>();
  private final Handler recorder =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void recordWarnings() {
    log.addHandler(recorder);
  }

  @AfterEach
  void stopRecording() {
    log.removeHandler(recorder);
  }

  @Test
  void aNumberTwoEndpointsDeclareIsTypedWithinEachSilently() {
    CloseCodeRegistry registry = CloseCodeRegistry.of(new TestSets.Chat(), new TestSets.Arena());

    assertSame(ArenaCode.KICKED, registry.endpoint("game").resolve(4001));
    assertSame(ChatCode.SESSION_EXPIRED, registry.endpoint("chat").resolve(4001));
    assertSame(ArenaCode.FULL, registry.endpoint("game").resolve(4002));
    assertEquals(List.of(), logged, "endpoints may reuse numbers");
  }

  @Test
  void theWholeRegistryTypesOnlyNumbersOneEndpointDeclares() {
    CloseCodeRegistry registry = CloseCodeRegistry.of(new TestSets.Chat(), new TestSets.Arena());

    assertSame(ChatCode.SLOW_DOWN, registry.resolve(4003));
    assertEquals(Optional.empty(), registry.find(4001), "the endpoint decides");
    assertEquals("UNREGISTERED", registry.resolve(4002).name());
    assertSame(StandardCloseCode.GOING_AWAY, registry.resolve(1001));
    assertEquals(Set.of("chat", "game"), registry.endpoints());
    assertEquals(2, registry.sets().size());
  }

  @Test
  void aReceivedEventIsTypedWithinTheEndpointItArrivedOn() {
    CloseCodeRegistry registry = CloseCodeRegistry.of(new TestSets.Chat(), new TestSets.Arena());
    CloseEvent received = CloseEvent.received(4001, "Kicked", true);

    CloseEvent onGame = received.typedBy(registry.endpoint("game"));
    CloseEvent onChat = received.typedBy(registry.endpoint("chat"));

    assertEquals(Optional.of(ArenaCode.KICKED), onGame.closeCode());
    assertEquals(Optional.of(ChatCode.SESSION_EXPIRED), onChat.closeCode());
    assertEquals(received, onGame, "typing changes no part of the value");
    assertEquals("CloseEvent[4001 KICKED \"Kicked\", clean]", onGame.toString());
    CloseEvent decoded = CloseFrame.decode(new byte[] {0x0F, (byte) 0xA1});
    assertEquals(
        Optional.of(ArenaCode.KICKED), decoded.typedBy(registry.endpoint("game")).closeCode());
  }

  @Test
  void anApplicationWithOneEndpointNeverNamesIt() {
    CloseCodeRegistry registry = CloseCodeRegistry.of(new TestSets.Arena());

    assertSame(ArenaCode.KICKED, registry.resolve(4001));
    assertSame(registry, registry.endpoint("game"));
    CloseEvent event = CloseEvent.received(4101, "", true);
    assertSame(event, event.typedBy(CloseCodeRegistry.global()), "already typed so");
    assertEquals(Optional.of(GameCode.KICKED), event.closeCode());
  }

  @Test
  void theDefaultEndpointKeepsItsNumbersInTheWholeRegistry() {
    CloseCodeRegistry registry =
        CloseCodeRegistry.of(new TestSets.Chat(), new TestSets.Arena(), new TestSets.Game());

    assertSame(GameCode.KICKED, registry.resolve(4101), "declared by the default endpoint only");
    assertEquals(Optional.empty(), registry.find(4001), "two named endpoints and no default");
    CloseCodeRegistry withDefault =
        CloseCodeRegistry.of(new TestSets.Arena(), new TestSets.DefaultChat());
    assertSame(ChatCode.SESSION_EXPIRED, withDefault.resolve(4001), "the default endpoint's");
    assertSame(ArenaCode.KICKED, withDefault.endpoint("game").resolve(4001));
    assertEquals(List.of(), logged);
  }

  @Test
  void theDefaultEndpointIsCalledDefaultAsTheBindingsAndMetricsCallIt() {
    CloseCodeRegistry registry =
        CloseCodeRegistry.of(new TestSets.Chat(), new TestSets.Arena(), new TestSets.Game());
    CloseCodeRegistry only = CloseCodeRegistry.of(new TestSets.Game());

    assertSame(registry.endpoint(""), registry.endpoint("default"));
    assertSame(GameCode.KICKED, registry.endpoint("default").resolve(4101));
    assertSame(only, only.endpoint("default"));
  }

  @Test
  void theDefaultEndpointNoSetServesKnowsTheStandardCodes() {
    CloseCodeRegistry none = CloseCodeRegistry.of(new TestSets.Chat()).endpoint("default");

    assertEquals(Optional.empty(), none.find(4001));
    assertSame(StandardCloseCode.NORMAL_CLOSURE, none.resolve(1000));
    assertEquals(List.of(), none.sets());
    assertSame(none, CloseCodeRegistry.of(new TestSets.Chat()).endpoint(""));
  }

  @Test
  void anEndpointNoSetServesIsRefusedWithTheEndpointsThereAre() {
    CloseCodeRegistry registry =
        CloseCodeRegistry.of(new TestSets.Chat(), new TestSets.Arena(), new TestSets.Game());

    IllegalArgumentException typo =
        assertThrows(IllegalArgumentException.class, () -> registry.endpoint("gmae"));
    assertEquals(
        "no close code set serves endpoint \"gmae\"; the endpoints are chat, game, default",
        typo.getMessage());
    IllegalArgumentException noSets =
        assertThrows(IllegalArgumentException.class, () -> CloseCodeRegistry.of().endpoint("chat"));
    assertEquals(
        "no close code set serves endpoint \"chat\": this registry has no sets (closecodes-processor"
            + " generates them from @CloseCodes, and must be on the compiler's processor path)",
        noSets.getMessage());
  }

  @Test
  void twoSetsOfOneEndpointStillClashLoudly() {
    CloseCodeRegistry registry = CloseCodeRegistry.of(new TestSets.Clashing(), new TestSets.Game());

    assertSame(ClashingCode.ALSO_GAME_OVER, registry.endpoint("").resolve(4100));
    assertEquals(1, logged.size(), "one warning for 4100");
  }
}
