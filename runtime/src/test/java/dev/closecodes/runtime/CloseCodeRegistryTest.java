package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closecodes.runtime.TestSets.ClashingCode;
import dev.closecodes.runtime.TestSets.GameCode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloseCodeRegistryTest {

  @Test
  void globalRegistryFindsSetsThroughServiceLoaderSkippingStaleEntries() {
    CloseCodeRegistry registry = CloseCodeRegistry.global();

    assertEquals(
        List.of("test.GameCloses", "test.ClashingCloses"),
        registry.sets().stream().map(CloseCodeSet::declaredBy).collect(Collectors.toList()));
    assertSame(GameCode.GAME_OVER, registry.resolve(4100), "the first set found keeps 4100");
    assertSame(ClashingCode.LIBRARY, registry.resolve(3001));
  }

  @Test
  void theGlobalRegistryAlsoLooksWhereTheRuntimeIsWhenTheAskingThreadSeesNoSets()
      throws IOException {
    try (URLClassLoader blind = new URLClassLoader(new URL[0], null)) {
      CloseCodeRegistry registry =
          CloseCodeRegistry.load(blind, CloseCodeRegistryTest.class.getClassLoader());

      assertSame(GameCode.GAME_OVER, registry.resolve(4100));
      assertEquals(
          List.of("test.GameCloses", "test.ClashingCloses"),
          registry.sets().stream().map(CloseCodeSet::declaredBy).collect(Collectors.toList()));
    }
    assertEquals(
        CloseCodeRegistry.load(getClass().getClassLoader()).sets().size(),
        CloseCodeRegistry.load(getClass().getClassLoader(), getClass().getClassLoader())
            .sets()
            .size());
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

  @Test
  void aSetThatCannotBeLinkedIsSkippedAndTheOthersServe(@TempDir Path services) throws IOException {
    Path file = services.resolve("META-INF/services/" + CloseCodeSet.class.getName());
    Files.createDirectories(file.getParent());
    Files.writeString(file, "dev.closecodes.runtime.linkage.LinkedSet\n");

    try (WithoutHidden loader = new WithoutHidden(services)) {
      CloseCodeRegistry registry = CloseCodeRegistry.load(loader);

      assertEquals("UNREGISTERED", registry.resolve(4200).name());
      assertSame(GameCode.KICKED, registry.resolve(4101));
      assertSame(StandardCloseCode.NORMAL_CLOSURE, registry.resolve(1000));
      assertThrows(
          NoClassDefFoundError.class,
          () -> loader.loadClass("dev.closecodes.runtime.linkage.LinkedCode").getEnumConstants(),
          "the set cannot be linked indeed");
    }
  }

  /**
   * Loads the {@code linkage} test classes itself, as an application does that lacks the library
   * their enum was compiled against: {@code Hidden} is not there.
   */
  private static final class WithoutHidden extends URLClassLoader {
    private static final String PACKAGE = "dev.closecodes.runtime.linkage.";

    WithoutHidden(Path services) throws IOException {
      super(new URL[] {services.toUri().toURL()}, CloseCodeRegistryTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(PACKAGE)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded != null) {
          return loaded;
        }
        if (name.equals(PACKAGE + "Hidden")) {
          throw new ClassNotFoundException(name);
        }
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
          byte[] bytes = in.readAllBytes();
          return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }
    }
  }
}
