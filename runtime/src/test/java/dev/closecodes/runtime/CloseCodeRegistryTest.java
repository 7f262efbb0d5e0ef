package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.runtime.TestSets.ClashingCode;
import dev.closecodes.runtime.TestSets.GameCode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CloseCodeRegistryTest {

  @Test
  void globalRegistryFindsSetsThroughServiceLoaderSkippingStaleEntries() {
    CloseCodeRegistry registry = CloseCodeRegistry.global();

    assertEquals(List.of("test.GameCloses", "test.ClashingCloses"),
        registry.sets().stream().map(CloseCodeSet::declaredBy).collect(Collectors.toList()));
    assertSame(GameCode.GAME_OVER, registry.resolve(4100), "the first set found keeps 4100");
    assertSame(ClashingCode.LIBRARY, registry.resolve(3001));
  }

  @Test
  void standardCodesResolveToThemselves() {
    CloseCodeRegistry registry = CloseCodeRegistry.of();

    assertSame(StandardCloseCode.GOING_AWAY, registry.resolve(1001));
    assertEquals(Optional.of(StandardCloseCode.ABNORMAL_CLOSURE), registry.find(1006));
  }

  @Test
  void unknownNumbersResolveToTheirRange() {
    CloseCodeRegistry registry = CloseCodeRegistry.of(new TestSets.Game());

    CloseCode unknown = registry.resolve(4999);

    assertEquals(4999, unknown.code());
    assertEquals("UNREGISTERED", unknown.name());
    assertEquals(CloseCodeRange.APPLICATION, unknown.range());
    assertEquals("4999 (unregistered, APPLICATION)", unknown.toString());
    assertEquals(CloseCodeRange.UNDEFINED, registry.resolve(5000).range());
    assertEquals(CloseCodeRange.PROTOCOL, registry.resolve(1016).range());
    assertEquals(Optional.empty(), registry.find(4999));
    assertEquals(unknown, registry.resolve(4999));
    assertThrows(IllegalArgumentException.class, () -> registry.resolve(70000));
  }

  @Test
  void receivedEventsAreTypedByTheGlobalRegistry() {
    CloseEvent event = CloseFrame.decode(CloseFrame.encode(CloseEvent.of(GameCode.KICKED)));

    assertEquals(Optional.of(GameCode.KICKED), event.closeCode());
    assertEquals("CloseEvent[4101 KICKED \"Kicked\", clean]", event.toString());
  }

  @Test
  void explicitSetsTakePrecedenceInOrder() {
    CloseCodeRegistry registry = CloseCodeRegistry.of(new TestSets.Clashing(), new TestSets.Game());

    assertSame(ClashingCode.ALSO_GAME_OVER, registry.resolve(4100));
    assertSame(GameCode.KICKED, registry.resolve(4101));
  }
}
