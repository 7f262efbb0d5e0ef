package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client bindings: TypeScript checked by the real {@code tsc --strict}, the JavaScript run by
 * Node, and the manifest and reference read back.
 */
class BindingsTest {

  static String resource(Compilation compilation, String name) throws IOException {
    JavaFileObject file =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/closecodes/" + name)
            .orElseThrow(() -> new AssertionError("not generated: " + name));
    return file.getCharContent(false).toString();
  }

  private static Compilation chat() {
    Compilation compilation = Fixtures.compile(GenerationTest.CHAT);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  @Test
  void manifestListsEverySetAndCode() throws IOException {
    String json = resource(chat(), "default.json");

    assertThat(json)
        .startsWith(
            "{\n  \"format\": \"closecodes-manifest\",\n  \"version\": 1,\n"
                + "  \"endpoint\": \"\",\n");
    assertThat(json).contains("\"interface\": \"com.example.chat.ChatCloses\"");
    assertThat(json)
        .contains(
            "{\"code\": 4002, \"name\": \"ROOM_FULL\", \"reason\":"
                + " \"Room {room} is full\", \"description\": \"The room reached its member limit.\","
                + " \"reconnect\": \"NEVER\"}");
    assertThat(json)
        .contains(
            "\"name\": \"NUMBERS\", \"reason\": \"{count}{limit} messages\", \"description\": \"\","
                + " \"reconnect\": \"BACKOFF\", \"notBeforeSeconds\": 30}");
    assertThat(json)
        .contains(
            "\"reason\": \"Say \\\"bye\\\" \\\\ */ {braces} caf\u00e9"
                + " \ud83d\ude00 \\u0000 tab\\tend\"");
  }

  @Test
  void referenceHasATablePerEndpointWithTheStandardCodesAndRanges() throws IOException {
    String markdown = resource(chat(), "default.md");

    assertThat(markdown).startsWith("# Close codes of endpoint `default`\n");
    assertThat(markdown)
        .contains(
            "| 4002 | `ROOM_FULL` | `Room {room} is full` |"
                + " `com.example.chat.ChatCloses` | never | The room reached its member limit. |");
    assertThat(markdown)
        .contains(
            "| 4001 | `SESSION_EXPIRED` | `Session expired` | `com.example.chat.ChatCloses` |"
                + " with new credentials |");
    assertThat(markdown)
        .contains("| `com.example.chat.ChatCloses` | with backoff, not before 30 s |");
    assertThat(markdown).contains("| 1006 | Abnormal Closure | never | with backoff |");
    assertThat(markdown).contains("| 4000-4999 | for applications (private use) |");
  }

  @Test
  void aSetOnTheClassPathKeepsItsContractInTheManifest(@TempDir Path library) throws IOException {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withClasspath(Fixtures.libraryOnClassPath(library, GenerationTest.CHAT))
            .compile(
                Fixtures.set(
                    "GameCloses",
                    "@CloseCodes(reconnect = dev.closecodes.Reconnect.AT_ONCE)",
                    "  @Code(4100) CloseEvent over();"));

    assertThat(compilation).succeededWithoutWarnings();
    String json = resource(compilation, "default.json");
    assertThat(json).contains("\"name\": \"SESSION_EXPIRED\"");
    assertThat(json).contains("\"reconnect\": \"NEW_CREDENTIALS\"");
    assertThat(json).contains("\"reconnect\": \"BACKOFF\", \"notBeforeSeconds\": 30}");
    assertThat(json)
        .contains(
            "\"name\": \"OVER\", \"reason\": \"\", \"description\": \"\","
                + " \"reconnect\": \"AT_ONCE\"}");
  }

  @Test
  void optionWritesTheBindingsToADirectoryToo(@TempDir Path directory) throws IOException {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions("-Aclosecodes.clientDir=" + directory)
            .compile(GenerationTest.CHAT);

    assertThat(compilation).succeededWithoutWarnings();
    for (String name :
        List.of("default.ts", "default.js", "default.d.ts", "default.json", "default.md")) {
      assertEquals(resource(compilation, name), Files.readString(directory.resolve(name)), name);
    }
  }

  @Test
  void optionGroupsTheBindingsPerSet() throws IOException {
    JavaFileObject game =
        Fixtures.set(
            "GameCloses",
            "@CloseCodes",
            "  @Code(value = 4100, reason = \"Game over\") CloseEvent over();");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions("-Aclosecodes.bindings=set")
            .compile(GenerationTest.CHAT, game);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(resource(compilation, "com.example.chat.ChatCloses.ts"))
        .contains("ROOM_FULL: 4002,");
    String gameTs = resource(compilation, "test.GameCloses.ts");
    assertThat(gameTs).contains("OVER: 4100,");
    assertThat(gameTs).doesNotContain("ROOM_FULL");
    assertThat(
            compilation.generatedFile(
                StandardLocation.CLASS_OUTPUT, "META-INF/closecodes/default.ts"))
        .isEmpty();
  }

  /** A Node service without Node's types, or a worker without the DOM's, compiles the file too. */
  @Test
  void typeScriptNeedsNeitherDomNorNodeTypes(@TempDir Path work) throws Exception {
    Path tsc = RequiredTool.require("tsc");
    Files.writeString(work.resolve("default.ts"), resource(chat(), "default.ts"));

    run(
        work,
        tsc.toString(),
        "--strict",
        "--noEmit",
        "--target",
        "es2020",
        "--module",
        "es2020",
        "--lib",
        "es2020",
        "default.ts");
  }

  @Test
  void typeScriptPassesTscStrict(@TempDir Path work) throws Exception {
    Path tsc = RequiredTool.require("tsc");
    Compilation compilation = chat();
    for (String name : List.of("default.ts", "default.d.ts")) {
      Files.writeString(work.resolve(name), resource(compilation, name));
    }
    Files.writeString(
        work.resolve("use.ts"),
        """
        import { CloseCodes, describeClose, nextStep, reconnectOf, reconnectingWebSocket,
            type CloseCodeName, type CloseInfo, type PlannedStep, type Reconnect,
            type ReconnectingWebSocket, type ReconnectStep } from "./default";

        const name: CloseCodeName = "ROOM_FULL";
        const code: 4002 = CloseCodes[name];
        const info: CloseInfo | undefined = describeClose({ code, reason: "Room a is full" });
        const step: ReconnectStep = nextStep(code, 1, Math.random, { capMs: 60000 });
        const kind: Reconnect["kind"] = reconnectOf(1001).kind;
        const missing: undefined = describeClose({ code: 4998, reason: "" }) === undefined
            ? undefined : undefined;
        // The browser's own WebSocket fits the helper's option.
        const chat: ReconnectingWebSocket = reconnectingWebSocket(
          (token) => `wss://chat.example/ws?token=${encodeURIComponent(token)}`,
          {
            WebSocket,
            credentials: async () => "fresh",
            backoff: { capMs: 60000 },
            onmessage: (event) => console.log(event.data),
            onclose: (event) => console.log(event.code, event.reason, event.wasClean),
            onstep: (next: PlannedStep) => console.log(next.action, next.attempt, next.at - Date.now()),
          },
        );
        chat.socket?.send("hello");
        chat.close();
        export { info, missing, step, kind };
        """);
    Files.writeString(
        work.resolve("use-declarations.ts"),
        """
        import { CloseCodes, describeClose, nextStep, reconnectingWebSocket } from "./default.js";
        const code: 4001 = CloseCodes.SESSION_EXPIRED;
        export const name: string | undefined = describeClose({ code, reason: "" })?.name;
        export const delay: number = nextStep(code, 2, () => 0.5).delayMs;
        export const stopped: boolean = reconnectingWebSocket("wss://chat.example/ws", {
          WebSocket,
          onstep: (step) => console.log(step.at),
        }).stopped;
        """);
    Files.writeString(work.resolve("default.js"), resource(compilation, "default.js"));

    tscStrict(work, tsc, "default.ts", "use.ts");
    // The .d.ts describes the .js: a client that imports the JavaScript gets these types.
    tscStrict(work, tsc, "default.d.ts", "use-declarations.ts");
  }

  @Test
  void javaScriptDescribesBrowserCloseEvents(@TempDir Path work) throws Exception {
    Path node = RequiredTool.require("node");
    Files.writeString(work.resolve("default.mjs"), resource(chat(), "default.js"));
    Files.writeString(
        work.resolve("check.mjs"),
        """
        import { CloseCodes, describeClose } from "./default.mjs";
        const known = describeClose({ code: 4002, reason: "Room lobby is full" });
        const standard = describeClose({ code: 1001, reason: "" });
        const foreign = describeClose({ code: 4998, reason: "" });
        const inherited = describeClose({ code: "constructor", reason: "" });
        console.log(JSON.stringify([CloseCodes.ROOM_FULL, known, standard.name, foreign, inherited,
            Object.isFrozen(CloseCodes)]));
        """);

    String out = run(work, node.toString(), "check.mjs");

    assertEquals(
        "[4002,{\"code\":4002,\"name\":\"ROOM_FULL\",\"reason\":\"Room lobby is full\","
            + "\"description\":\"The room reached its member limit.\"},\"GOING_AWAY\",null,null,true]",
        out.strip().replace("undefined", "null"));
  }

  /**
   * The tables behind {@code CloseCodes} and {@code reconnectOf} are one per page: a caller that
   * writes to what they hand out would change the answer for every other caller. Checked on the
   * JavaScript and on what {@code tsc} makes of the TypeScript.
   */
  @Test
  void theTablesCannotBeChangedByACaller(@TempDir Path work) throws Exception {
    Path node = RequiredTool.require("node");
    Path tsc = RequiredTool.require("tsc");
    Compilation compilation = chat();
    Files.writeString(work.resolve("default.mjs"), resource(compilation, "default.js"));
    Files.writeString(work.resolve("default.ts"), resource(compilation, "default.ts"));
    run(
        work,
        tsc.toString(),
        "--strict",
        "--target",
        "es2020",
        "--module",
        "es2020",
        "--outDir",
        "from-ts",
        "default.ts");
    Files.writeString(work.resolve("from-ts/package.json"), "{\"type\": \"module\"}");
    String change =
        """
        import { CloseCodes, nextStep, reconnectOf } from "%s";

        // A module runs in strict mode, where writing to a frozen object throws a TypeError.
        const writes = [
          () => { reconnectOf(4002).kind = "AT_ONCE"; },
          () => { reconnectOf(4010).notBeforeMs = 0; },
          () => { reconnectOf(4998).kind = "AT_ONCE"; },
          () => { CloseCodes.ROOM_FULL = 1000; },
          () => { delete CloseCodes.ROOM_FULL; },
        ];
        for (const write of writes) {
          try {
            write();
            console.log("changed");
          } catch (refused) {
            console.log(refused.constructor.name);
          }
        }
        console.log(JSON.stringify([reconnectOf(4002), reconnectOf(4010), reconnectOf(4998),
            CloseCodes.ROOM_FULL, nextStep(4002, 1, () => 0.5).action]));
        """;
    Files.writeString(work.resolve("change-js.mjs"), change.formatted("./default.mjs"));
    Files.writeString(work.resolve("change-ts.mjs"), change.formatted("./from-ts/default.js"));

    for (String script : List.of("change-js.mjs", "change-ts.mjs")) {
      assertEquals(
          "TypeError\n".repeat(5)
              + "[{\"kind\":\"NEVER\",\"notBeforeMs\":0},{\"kind\":\"BACKOFF\",\"notBeforeMs\":30000},"
              + "{\"kind\":\"NEVER\",\"notBeforeMs\":0},4002,\"STOP\"]\n",
          run(work, node.toString(), script),
          script);
    }
  }

  @Test
  void javaScriptBackoffReproducesEveryVectorOfTheRuntime(@TempDir Path work) throws Exception {
    Path node = RequiredTool.require("node");
    Files.writeString(work.resolve("default.mjs"), resource(chat(), "default.js"));
    Files.copy(
        Path.of("..", "runtime", "src", "test", "resources", "backoff-vectors.json"),
        work.resolve("backoff-vectors.json"));
    Files.writeString(
        work.resolve("vectors.mjs"),
        """
        import { readFileSync } from "node:fs";
        import { nextStep, nextStepFor, reconnectOf } from "./default.mjs";

        const { vectors } = JSON.parse(readFileSync("backoff-vectors.json", "utf8"));
        let steps = 0;
        for (const v of vectors) {
          const draws = [...v.random];
          const random = () => draws.shift();
          const options = { firstMs: v.firstMillis, baseMs: v.baseMillis, capMs: v.capMillis };
          const reconnect = { kind: v.kind, notBeforeMs: v.notBeforeMillis };
          v.attempts.forEach((attempt, i) => {
            const step = nextStepFor(reconnect, attempt, random, options);
            const shown = step.action === "STOP" ? "STOP" : `${step.action} ${step.delayMs}`;
            if (shown !== v.steps[i]) {
              throw new Error(`${JSON.stringify(v)} attempt ${attempt}: ${shown}, not ${v.steps[i]}`);
            }
            steps++;
          });
          if (draws.length !== 0) throw new Error(`${JSON.stringify(v)} left ${draws}`);
        }
        const shown = (s) => `${s.action} ${s.delayMs}`;
        console.log(`${vectors.length} vectors, ${steps} steps`);
        console.log(JSON.stringify(reconnectOf(1013)), JSON.stringify(reconnectOf(4998)));
        console.log(shown(nextStep(4010, 1, () => 0.5)), shown(nextStep(4001, 2, () => 0)),
            shown(nextStep(4002, 1, () => 0)), shown(nextStep(1006, 3, () => 0.25)));
        """);

    String out = run(work, node.toString(), "vectors.mjs");

    assertThat(out).contains("9 vectors, ");
    assertThat(out)
        .contains(
            "{\"kind\":\"BACKOFF\",\"notBeforeMs\":10000} {\"kind\":\"NEVER\",\"notBeforeMs\":0}");
    assertThat(out).contains("RECONNECT 32500 NEW_CREDENTIALS 0 STOP 0 RECONNECT 1000");
  }

  /** Checks {@code files} in {@code work} with {@code tsc --strict}, as ES modules. */
  static void tscStrict(Path work, Path tsc, String... files) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                tsc.toString(),
                "--strict",
                "--noEmit",
                "--target",
                "es2020",
                "--module",
                "es2020",
                "--moduleResolution",
                "bundler"));
    command.addAll(List.of(files));
    run(work, command.toArray(new String[0]));
  }

  static String run(Path directory, String... command) throws Exception {
    return run(directory, Map.of(), command);
  }

  /** Runs {@code command} in {@code directory} with {@code environment} added to this JVM's. */
  static String run(Path directory, Map<String, String> environment, String... command)
      throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(new ArrayList<>(List.of(command)))
            .directory(directory.toFile())
            .redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    boolean done = process.waitFor(120, TimeUnit.SECONDS);
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("%s finished", String.join(" ", command)).that(done).isTrue();
    assertWithMessage("%s said:\n%s", String.join(" ", command), out)
        .that(process.exitValue())
        .isEqualTo(0);
    return out;
  }
}
