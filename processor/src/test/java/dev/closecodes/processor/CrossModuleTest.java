package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.assertErrorAt;
import static dev.closecodes.processor.Fixtures.set;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.closecodes.runtime.CloseCode;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module compiled with another module's classes on its class path sees that module's sets through
 * their marker classes, and may not reuse their numbers for the same endpoint.
 */
class CrossModuleTest {

  @TempDir Path library;

  /** Compiles the library module and keeps its classes, as its jar would hold them. */
  private List<File> libraryOnClassPath(String endpoint) throws IOException {
    return libraryOnClassPath(endpoint, "retired = {}");
  }

  /** As {@link #libraryOnClassPath(String)}, with more attributes of its {@code @CloseCodes}. */
  private List<File> libraryOnClassPath(String endpoint, String attributes) throws IOException {
    return Fixtures.libraryOnClassPath(
        library,
        set(
            "ModerationCloses",
            "@CloseCodes(endpoint = \"" + endpoint + "\", " + attributes + ")",
            "  @Code(value = 4100, reason = \"Banned by {moderator}\")",
            "  CloseEvent banned(String moderator);"));
  }

  private static Compilation compileWith(List<File> classPath, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new CloseCodesProcessor())
        .withOptions("-Xlint:all")
        .withClasspath(classPath)
        .compile(sources);
  }

  @Test
  void numberOfAModuleOnTheClassPathCannotBeReusedForTheSameEndpoint() throws IOException {
    List<File> classPath = libraryOnClassPath("chat");
    JavaFileObject app =
        set(
            "ChatCloses",
            "@CloseCodes(endpoint = \"chat\")",
            "  @Code(value = 4100, reason = \"Room closed\")",
            "  CloseEvent roomClosed();");

    Compilation compilation = compileWith(classPath, app);

    assertErrorAt(
        compilation,
        "[closecodes.duplicate] close code 4100 of endpoint \"chat\" is already declared by"
            + " test.ModerationCloses.BANNED, compiled into a module on the class path; give each"
            + " code its own number",
        app,
        "value = 4100",
        "4100");
  }

  @Test
  void otherEndpointsMayReuseNumbers() throws IOException {
    List<File> classPath = libraryOnClassPath("moderation");
    JavaFileObject app =
        set(
            "ChatCloses",
            "@CloseCodes(endpoint = \"chat\")",
            "  @Code(value = 4100, reason = \"Room closed\")",
            "  CloseEvent roomClosed();");

    assertThat(compileWith(classPath, app)).succeededWithoutWarnings();
  }

  @Test
  void aStaleMarkerOfASetCompiledNowIsIgnored() throws IOException {
    List<File> classPath = libraryOnClassPath("chat");
    JavaFileObject recompiled =
        set(
            "ModerationCloses",
            "@CloseCodes(endpoint = \"chat\")",
            "  @Code(value = 4100, reason = \"Banned\")",
            "  CloseEvent banned();");

    // javac itself warns that the generated types exist on the class path, as they do there.
    assertThat(compileWith(classPath, recompiled)).succeeded();
  }

  @Test
  void bindingsOfAnEndpointIncludeTheSetsOfModulesOnTheClassPath() throws IOException {
    List<File> classPath = libraryOnClassPath("chat");
    JavaFileObject app =
        set(
            "ChatCloses",
            "@CloseCodes(endpoint = \"chat\")",
            "  /** The room closed. */",
            "  @Code(value = 4010, reason = \"Room closed\")",
            "  CloseEvent roomClosed();");

    Compilation compilation = compileWith(classPath, app);

    assertThat(compilation).succeededWithoutWarnings();
    String ts = BindingsTest.resource(compilation, "chat.ts");
    assertThat(ts).contains("  ROOM_CLOSED: 4010,");
    assertThat(ts).contains("  BANNED: 4100,");
  }

  @Test
  void invalidEndpointName() {
    JavaFileObject source =
        set(
            "ChatCloses",
            "@CloseCodes(endpoint = \"chat room\")",
            "  @Code(4001) CloseEvent bye();");

    Compilation compilation = Fixtures.compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.endpoint-name] endpoint \"chat room\" names files of client bindings; use"
            + " ASCII letters, digits, '.', '_' and '-'",
        source,
        "endpoint",
        "\"chat room\"");
  }

  @Test
  void aLibraryCompiledWithJakartaServesAnApplicationWithoutIt() throws Exception {
    List<File> classPath = libraryOnClassPath("chat");
    assertThat(classPath.stream().anyMatch(CrossModuleTest::isJakarta)).isTrue();
    List<File> withoutJakarta = classPath.stream().filter(file -> !isJakarta(file)).toList();
    JavaFileObject app =
        Fixtures.source(
            "app.Kick",
            """
        package app;

        import dev.closecodes.runtime.CloseEvent;
        import test.ModerationCloseCode;

        public final class Kick {
          public static CloseEvent banned() {
            return CloseEvent.fitting(ModerationCloseCode.of(4100), "Banned");
          }
        }
        """);

    assertThat(compileWith(withoutJakarta, app)).succeededWithoutWarnings();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {library.toUri().toURL()}, getClass().getClassLoader())) {
      assertThat(loader.loadClass("test.ModerationCloseCode").getInterfaces())
          .asList()
          .containsExactly(CloseCode.class);
    }
  }

  /** A file of Jakarta WebSocket's API, such as its jar in the local repository. */
  private static boolean isJakarta(File file) {
    return file.getPath().contains("jakarta.websocket");
  }

  @Test
  void setsWhoseNamesDifferOnlyInNestingAndUnderscoresLeaveDistinctMarkers() {
    JavaFileObject nested =
        Fixtures.source(
            "test.Server",
            """
        package test;

        import dev.closecodes.CloseCodes;
        import dev.closecodes.Code;
        import dev.closecodes.runtime.CloseEvent;

        public interface Server {
          @CloseCodes(enumName = "NestedCloseCode", eventsName = "NestedCloseEvents")
          interface ChatCloses {
            @Code(4001) CloseEvent bye();
          }
        }
        """);
    JavaFileObject topLevel =
        set("Server_ChatCloses", "@CloseCodes", "  @Code(4002) CloseEvent goodbye();");

    Compilation compilation = Fixtures.compile(nested, topLevel);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("dev.closecodes.aggregated.test_Server_ChatCloses");
    assertThat(compilation)
        .generatedSourceFile("dev.closecodes.aggregated.test_Server_1ChatCloses");
  }

  @Test
  void aNumberRetiredByAModuleOnTheClassPathCannotBeReused() throws IOException {
    List<File> classPath = libraryOnClassPath("chat", "retired = 4101");
    JavaFileObject app =
        set("ChatCloses", "@CloseCodes(endpoint = \"chat\")", "  @Code(4101) CloseEvent kicked();");

    Compilation compilation = compileWith(classPath, app);

    assertErrorAt(
        compilation,
        "[closecodes.retired] close code 4101 of endpoint \"chat\" was"
            + " retired by test.ModerationCloses, compiled into a module on the class path; clients"
            + " still know its old meaning, so give this code a new number",
        app,
        "4101",
        "4101");
  }
}
