package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.assertErrorAt;
import static dev.closecodes.processor.Fixtures.assertWarningAt;
import static dev.closecodes.processor.Fixtures.chat;
import static dev.closecodes.processor.Fixtures.set;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
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
        "[closecodes.compat] test.ChatCloses.ROOM_FULL was close code 4002 in the baseline "
            + manifest
            + " and is now 4012; a published code keeps its number, so restore it and give any new"
            + " meaning a new number",
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
        "[closecodes.compat] close code 4002 was ROOM_FULL in the baseline "
            + manifest
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
        "[closecodes.compat] test.ChatCloses.SESSION_EXPIRED was close code 4001 in the baseline "
            + manifest
            + " and is now 4002",
        version2,
        "4002",
        "4002");
    assertErrorAt(
        compilation,
        "[closecodes.compat] close code 4002 was ROOM_FULL in the baseline "
            + manifest
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
        "[closecodes.compat] close code 4002 (test.ChatCloses.ROOM_FULL) of the baseline "
            + manifest
            + " is gone; list it in @CloseCodes(retired = ...) so that no set reuses it",
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
        "[closecodes.compat] the reason of test.ChatCloses.ROOM_FULL had the placeholders [room]"
            + " in the baseline "
            + manifest
            + " and has [name] now; clients that read the reason may need to change",
        version2,
        "4002",
        "4002");
  }

  @Test
  void aChangedContractIsAWarningThatCanBeSuppressed() {
    JavaFileObject version2 =
        set(
            "ChatCloses",
            "@CloseCodes(reconnect = dev.closecodes.Reconnect.BACKOFF)",
            "  @Code(value = 4001, reason = \"Session expired\", notBeforeSeconds = 30)",
            "  CloseEvent sessionExpired();",
            "  @Code(value = 4002, reason = \"Room {room} is full\",",
            "      reconnect = dev.closecodes.Reconnect.NEVER)",
            "  CloseEvent roomFull(String room);");

    Compilation compilation = compileAgainst(manifest, version2);

    assertThat(compilation).succeeded();
    assertWarningAt(
        compilation,
        "[closecodes.compat] clients reconnected after test.ChatCloses.SESSION_EXPIRED by NEVER"
            + " in the baseline "
            + manifest
            + " and by BACKOFF not before 30 s now; clients in the field still act on the old"
            + " contract, so give the new one a new code where they must not",
        version2,
        "4001",
        "4001");
    assertThat(compilation).hadWarningCount(1);

    JavaFileObject suppressed =
        set(
            "ChatCloses",
            "@SuppressWarnings(\"closecodes.compat\")"
                + " @CloseCodes(reconnect = dev.closecodes.Reconnect.BACKOFF)",
            "  @Code(value = 4001, reason = \"Session expired\")",
            "  CloseEvent sessionExpired();",
            "  @Code(value = 4002, reason = \"Room {room} is full\",",
            "      reconnect = dev.closecodes.Reconnect.NEVER)",
            "  CloseEvent roomFull(String room);");
    assertThat(compileAgainst(manifest, suppressed)).succeededWithoutWarnings();
  }

  @Test
  void aManifestWrittenBeforeContractsMeansNever() throws IOException {
    String old = Files.readString(manifest).replace(", \"reconnect\": \"NEVER\"", "");
    assertThat(old).doesNotContain("reconnect");
    Files.writeString(manifest, old);

    assertThat(compileAgainst(manifest, chat(VERSION_1))).succeededWithoutWarnings();
    assertThat(
            compileAgainst(
                manifest,
                set(
                    "ChatCloses",
                    "@CloseCodes(reconnect = dev.closecodes.Reconnect.AT_ONCE)",
                    VERSION_1)))
        .hadWarningContaining("by NEVER in the baseline " + manifest + " and by AT_ONCE now");
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

  // A baseline is checked input: hostile text ends in [closecodes.baseline], with where it fails.

  @Test
  void nestingPastTheLimitIsABaselineErrorWithItsPosition() throws IOException {
    String release1 = Files.readString(manifest);
    // An unknown member, which readers skip, at the end of line 3: the root object is one level.
    String nested = "\"extra\": " + "[".repeat(100_000) + "]".repeat(100_000) + ",";
    Path tooDeep =
        write("deep.json", release1.replace("\"version\": 1,", "\"version\": 1, " + nested));
    int firstBracket = "  \"version\": 1, \"extra\": ".length() + 1;

    Compilation compilation = compileAgainst(tooDeep, chat(VERSION_1));

    assertThat(compilation)
        .hadErrorContaining(
            "[closecodes.baseline] cannot read the baseline "
                + tooDeep
                + ": more than 100 arrays and objects nested in one another at line 3, column "
                + (firstBracket + 99));
    assertThat(compilation).hadErrorCount(1);
    String deepest = "\"extra\": " + "[".repeat(99) + "]".repeat(99) + ",";
    Path atTheLimit =
        write("limit.json", release1.replace("\"version\": 1,", "\"version\": 1, " + deepest));
    assertThat(compileAgainst(atTheLimit, chat(VERSION_1))).succeededWithoutWarnings();
  }

  @Test
  void aNumberThatIsNoCloseCodeIsABaselineErrorWithItsPosition() throws IOException {
    String release1 = Files.readString(manifest);
    for (String number : List.of("4294971298", "-1", "65536", "4002.5")) {
      Path baseline =
          write("number.json", release1.replace("\"code\": 4002", "\"code\": " + number));

      Compilation compilation = compileAgainst(baseline, chat(VERSION_1));

      assertThat(compilation)
          .hadErrorContaining(
              "[closecodes.baseline] cannot read the baseline "
                  + baseline
                  + ": \"code\" holds "
                  + number
                  + ", which is not an integer in 0-65535 at line 10, column 18");
      assertThat(compilation).hadErrorCount(1);
    }
    Path retired =
        write(
            "retired.json",
            release1.replace(
                "\n      ]\n    }", "\n      ],\n      \"retired\": [4294971299]\n    }"));
    assertThat(compileAgainst(retired, chat(VERSION_1)))
        .hadErrorContaining(
            ": \"retired\" holds 4294971299, which is not an integer in 0-65535 at line 12, column 19");
    Path text = write("text.json", release1.replace("\"code\": 4002", "\"code\": \"4002\""));
    assertThat(compileAgainst(text, chat(VERSION_1)))
        .hadErrorContaining(
            ": \"code\" holds \"4002\", which is not an integer in 0-65535 at line 10, column 18");
    // JSON has one kind of number: 4002.0 and 4.002e3 are the integer 4002, as JSON Schema says.
    for (String number : List.of("4002.0", "4.002e3")) {
      Path same = write("same.json", release1.replace("\"code\": 4002", "\"code\": " + number));
      assertThat(compileAgainst(same, chat(VERSION_1))).succeededWithoutWarnings();
    }
  }

  @Test
  void baselinesThatDisagreeGiveTheSameFindingsInAnyOrder() throws IOException {
    Path other =
        write("other.json", Files.readString(manifest).replace("\"code\": 4002", "\"code\": 4012"));
    JavaFileObject version2 = chat(VERSION_1);

    Compilation manifestFirst = compileAgainst(manifest + File.pathSeparator + other, version2);
    Compilation otherFirst = compileAgainst(other + File.pathSeparator + manifest, version2);

    assertErrorAt(
        manifestFirst,
        "[closecodes.compat] test.ChatCloses.ROOM_FULL was close code 4012 in the baseline "
            + other
            + " and is now 4002",
        version2,
        "4002",
        "4002");
    assertThat(manifestFirst).hadErrorCount(1);
    assertThat(messages(otherFirst)).isEqualTo(messages(manifestFirst));
  }

  @Test
  void aFindingNamesEveryBaselineItComesFrom() throws IOException {
    Path copy = write("copy.json", Files.readString(manifest));
    JavaFileObject version2 =
        chat(
            "  @Code(value = 4001, reason = \"Session expired\")",
            "  CloseEvent sessionExpired();",
            "  @Code(value = 4012, reason = \"Room {room} is full\")",
            "  CloseEvent roomFull(String room);");

    Compilation compilation = compileAgainst(manifest + File.pathSeparator + copy, version2);

    assertThat(compilation)
        .hadErrorContaining(
            "ROOM_FULL was close code 4002 in the baselines "
                + copy
                + " and "
                + manifest
                + " and is now 4012");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aNumberRetiredInABaselineStaysRetired() throws IOException {
    Compilation release1 = Fixtures.compile(retiring4003(VERSION_1));
    assertThat(release1).succeededWithoutWarnings();
    Path retiring = write("retiring.json", BindingsTest.resource(release1, "default.json"));
    JavaFileObject release2 = chat(with(VERSION_1, "  @Code(4003) CloseEvent kicked();"));

    Compilation compilation = compileAgainst(retiring, release2);

    assertErrorAt(
        compilation,
        "[closecodes.retired] close code 4003 was retired by test.ChatCloses in the baseline "
            + retiring
            + "; clients still know its old meaning, so give this code a new number",
        release2,
        "kicked",
        "4003");
    assertErrorAt(
        compilation,
        "[closecodes.compat] close code 4003, retired by test.ChatCloses in the baseline "
            + retiring
            + ", is no longer retired; list it in @CloseCodes(retired = ...) again, so that no"
            + " later release gives it a new meaning",
        release2,
        "public interface ChatCloses",
        "interface");
    assertThat(compilation).hadErrorCount(2);
    assertThat(compileAgainst(retiring, retiring4003(VERSION_1))).succeededWithoutWarnings();
  }

  @Test
  void aRenumberedCodeAndARemovedOneAreReportedInOneBuild() {
    JavaFileObject version2 =
        chat(
            "  @Code(value = 4012, reason = \"Room {room} is full\")",
            "  CloseEvent roomFull(String room);");

    Compilation compilation = compileAgainst(manifest, version2);

    assertErrorAt(
        compilation,
        "[closecodes.compat] test.ChatCloses.ROOM_FULL was close code 4002",
        version2,
        "4012",
        "4012");
    assertErrorAt(
        compilation,
        "[closecodes.compat] close code 4001 (test.ChatCloses.SESSION_EXPIRED) of the baseline "
            + manifest
            + " is gone",
        version2,
        "public interface ChatCloses",
        "interface");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aByteOrderMarkBeforeAManifestIsIgnored() throws IOException {
    Path marked = write("marked.json", "\uFEFF" + Files.readString(manifest));
    JavaFileObject renumbered =
        chat(
            "  @Code(value = 4001, reason = \"Session expired\")",
            "  CloseEvent sessionExpired();",
            "  @Code(value = 4012, reason = \"Room {room} is full\")",
            "  CloseEvent roomFull(String room);");

    assertThat(compileAgainst(marked, chat(VERSION_1))).succeededWithoutWarnings();
    assertThat(compileAgainst(marked, renumbered))
        .hadErrorContaining("ROOM_FULL was close code 4002 in the baseline " + marked);
  }

  @Test
  void aMemberRepeatedInOneObjectIsABaselineError() throws IOException {
    Path repeated =
        write(
            "repeated.json",
            Files.readString(manifest)
                .replace("\"code\": 4002,", "\"code\": 4002, \"code\": 4012,"));

    Compilation compilation = compileAgainst(repeated, chat(VERSION_1));

    assertThat(compilation)
        .hadErrorContaining(
            "[closecodes.baseline] cannot read the baseline "
                + repeated
                + ": the member \"code\" appears twice in one object at line 10, column 24");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anEndpointNoSetDeclaresAnyMoreIsGone() {
    JavaFileObject moved =
        Fixtures.set("ChatCloses", "@CloseCodes(endpoint = \"chat\")", VERSION_1);
    JavaFileObject tombstone = Fixtures.set("OldCloses", "@CloseCodes(retired = {4001, 4002})");

    Compilation compilation = compileAgainst(manifest, moved);

    assertThat(compilation)
        .hadErrorContaining(
            "[closecodes.compat] endpoint \"default\" of the baseline "
                + manifest
                + " is gone: no set declares it any more, yet its clients know the close codes"
                + " 4001, 4002; declare a set of the endpoint that lists them in"
                + " @CloseCodes(retired = ...), so that no later release gives them a new meaning");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compileAgainst(manifest, moved, tombstone)).succeededWithoutWarnings();
  }

  @Test
  void aBaselineThatHoldsNoManifestIsAnError() throws IOException {
    Path unpacked = Files.createDirectories(work.resolve("unpacked/META-INF/closecodes"));
    Files.writeString(unpacked.resolve("default.ts"), "// not a manifest");
    Path directory = work.resolve("unpacked");

    assertThat(compileAgainst(directory, chat(VERSION_1)))
        .hadErrorContaining(
            "[closecodes.baseline] cannot read the baseline "
                + directory
                + ": the directory holds no *.json and no META-INF/closecodes/*.json");
  }

  @Test
  void aManifestTooLargeOrNotUtf8IsABaselineError() throws IOException {
    Path huge = work.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength((4 << 20) + 1);
    }
    Path latin1 = Files.write(work.resolve("latin1.json"), new byte[] {'"', (byte) 0xE9, '"'});

    assertThat(compileAgainst(huge, chat(VERSION_1)))
        .hadErrorContaining(
            "[closecodes.baseline] cannot read the baseline "
                + huge
                + ": larger than 4 MiB, which no manifest is");
    assertThat(compileAgainst(latin1, chat(VERSION_1)))
        .hadErrorContaining(
            "[closecodes.baseline] cannot read the baseline " + latin1 + ": not UTF-8 text");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(work.resolve(name), text);
  }

  private static JavaFileObject retiring4003(String... members) {
    return Fixtures.set("ChatCloses", "@CloseCodes(retired = 4003)", members);
  }

  private static String[] with(String[] members, String... more) {
    return Stream.concat(Stream.of(members), Stream.of(more)).toArray(String[]::new);
  }

  /** Every diagnostic's kind, place and text, in the order reported. */
  private static List<String> messages(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(
            d ->
                d.getKind()
                    + " "
                    + d.getLineNumber()
                    + ":"
                    + d.getColumnNumber()
                    + " "
                    + d.getMessage(null))
        .toList();
  }
}
