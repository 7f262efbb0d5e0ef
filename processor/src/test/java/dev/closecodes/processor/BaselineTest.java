package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.assertErrorAt;
import static dev.closecodes.processor.Fixtures.assertWarningAt;
import static dev.closecodes.processor.Fixtures.chat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the manifest of a first release ({@code -Aclosecodes.baseline}), a published code keeps
 * its number and name, and a removed one is listed as retired.
 */
class BaselineTest {

  private static final String[] VERSION_1 = {
    "  @Code(value = 4001, reason = \"Session expired\")",
    "  CloseEvent sessionExpired();",
    "  @Code(value = 4002, reason = \"Room {room} is full\")",
    "  CloseEvent roomFull(String room);"
  };

  @TempDir Path work;

  private Path manifest;

  /** Compiles version 1 and keeps its manifest, as a release would publish it. */
  @BeforeEach
  void releaseVersion1() throws IOException {
    Compilation first = Fixtures.compile(chat(VERSION_1));
    assertThat(first).succeededWithoutWarnings();
    manifest =
        Files.writeString(
            work.resolve("default.json"), BindingsTest.resource(first, "default.json"));
  }

  private static Compilation compileAgainst(Object baseline, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new CloseCodesProcessor())
        .withOptions("-Xlint:all", "-Aclosecodes.baseline=" + baseline)
        .compile(sources);
  }

  @Test
  void theSameCodesAndNewOnesAreCompatible() {
    JavaFileObject version2 =
        chat(
            "  @Code(value = 4001, reason = \"Session expired, sign in again\")",
            "  CloseEvent sessionExpired();",
            "  @Code(value = 4002, reason = \"Room {room} is full\")",
            "  CloseEvent roomFull(String room);",
            "  @Code(4003) CloseEvent kicked();");

    assertThat(compileAgainst(manifest, version2)).succeededWithoutWarnings();
  }

  @Test
  void aRenumberedCodeFailsNamingBothNumbers() {
    JavaFileObject version2 =
        chat(
            "  @Code(value = 4001, reason = \"Session expired\")",
            "  CloseEvent sessionExpired();",
            "  @Code(value = 4012, reason = \"Room {room} is full\")",
            "  CloseEvent roomFull(String room);");

    Compilation compilation = compileAgainst(manifest, version2);

    assertErrorAt(
        compilation,
        "[closecodes.compat] test.ChatCloses.ROOM_FULL was close code 4002"
            + " in the baseline and is now 4012; a published code keeps its number, so restore it and"
            + " give any new meaning a new number",
        version2,
        "4012",
        "4012");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aRenamedConstantFailsNamingTheNumber() {
    JavaFileObject version2 =
        chat(
            "  @Code(value = 4001, reason = \"Session expired\")",
            "  CloseEvent sessionExpired();",
            "  @Code(value = 4002, reason = \"Room {room} is full\")",
            "  CloseEvent lobbyFull(String room);");

    Compilation compilation = compileAgainst(manifest, version2);

    assertErrorAt(
        compilation,
        "[closecodes.compat] close code 4002 was ROOM_FULL in the baseline"
            + " and is now test.ChatCloses.LOBBY_FULL; clients know a published code by its name too,"
            + " so restore the name",
        version2,
        "4002",
        "4002");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aNumberGivenToAnotherConstantFails() {
    JavaFileObject version2 =
        chat(
            "  @Code(value = 4002, reason = \"Session expired\")",
            "  CloseEvent sessionExpired();");

    Compilation compilation = compileAgainst(manifest, version2);

    assertErrorAt(
        compilation,
        "[closecodes.compat] test.ChatCloses.SESSION_EXPIRED was close code"
            + " 4001 in the baseline and is now 4002",
        version2,
        "4002",
        "4002");
    assertErrorAt(
        compilation,
        "[closecodes.compat] close code 4002 was ROOM_FULL in the baseline"
            + " and is now test.ChatCloses.SESSION_EXPIRED",
        version2,
        "4002",
        "4002");
  }

  @Test
  void aRemovedCodeFailsUnlessItIsRetired() {
    JavaFileObject removed =
        chat(
            "  @Code(value = 4001, reason = \"Session expired\")",
            "  CloseEvent sessionExpired();");
    JavaFileObject retired =
        Fixtures.set(
            "ChatCloses",
            "@CloseCodes(retired = 4002)",
            "  @Code(value = 4001, reason = \"Session expired\")",
            "  CloseEvent sessionExpired();");

    Compilation compilation = compileAgainst(manifest, removed);

    assertErrorAt(
        compilation,
        "[closecodes.compat] close code 4002 (test.ChatCloses.ROOM_FULL) of"
            + " the baseline is gone; list it in @CloseCodes(retired = ...) so that no set reuses it",
        removed,
        "public interface ChatCloses",
        "interface");
    assertThat(compileAgainst(manifest, retired)).succeededWithoutWarnings();
  }

  @Test
  void changedPlaceholdersAreAWarning() {
    JavaFileObject version2 =
        chat(
            "  @Code(value = 4001, reason = \"Session expired\")",
            "  CloseEvent sessionExpired();",
            "  @Code(value = 4002, reason = \"Room {name} is full\")",
            "  CloseEvent roomFull(String name);");

    Compilation compilation = compileAgainst(manifest, version2);

    assertThat(compilation).succeeded();
    assertWarningAt(
        compilation,
        "[closecodes.compat] the reason of test.ChatCloses.ROOM_FULL had"
            + " the placeholders [room] in the baseline and has [name] now; clients that read the"
            + " reason may need to change",
        version2,
        "4002",
        "4002");
  }

  @Test
  void aJarOrADirectoryServesAsBaseline() throws IOException {
    Path jar = work.resolve("chat-1.0.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("META-INF/closecodes/default.json"));
      out.write(Files.readAllBytes(manifest));
    }
    Path directory = Files.createDirectories(work.resolve("classes/META-INF/closecodes"));
    Files.copy(manifest, directory.resolve("default.json"));
    JavaFileObject removed =
        chat(
            "  @Code(value = 4001, reason = \"Session expired\")",
            "  CloseEvent sessionExpired();");

    assertThat(compileAgainst(jar, removed)).hadErrorContaining("close code 4002");
    assertThat(compileAgainst(work.resolve("classes"), removed))
        .hadErrorContaining("close code 4002");
  }

  @Test
  void aBaselineThatCannotBeReadIsAnErrorThatSaysWhy() throws IOException {
    Path missing = work.resolve("missing.json");
    Path broken = Files.writeString(work.resolve("broken.json"), "{\"format\": ");
    Path other = Files.writeString(work.resolve("other.json"), "{\"format\": \"other\"}");
    JavaFileObject version1 = chat(VERSION_1);

    assertThat(compileAgainst(missing, version1))
        .hadErrorContaining(
            "[closecodes.baseline] cannot read the baseline "
                + missing
                + ": no such file or directory");
    assertThat(compileAgainst(broken, version1))
        .hadErrorContaining(
            "[closecodes.baseline] cannot read the baseline "
                + broken
                + ": a value is missing at line 1, column 12");
    assertThat(compileAgainst(other, version1))
        .hadErrorContaining(
            "[closecodes.baseline] cannot read the baseline "
                + other
                + ": \"format\" is not \"closecodes-manifest\"");
  }
}
