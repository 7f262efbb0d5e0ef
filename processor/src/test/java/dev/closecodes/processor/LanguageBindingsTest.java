package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Python and Go bindings, which the processor writes only when asked: of the endpoint of {@link
 * BindingFormatsTest}, checked by {@code mypy --strict} and {@code gofmt}, {@code go vet} and
 * {@code go test}; of an endpoint whose reason holds text that breaks literals and comments, which
 * the real interpreter and compiler must read back as it is; and of the default endpoint of {@link
 * GenerationTest#CHAT}, whose contract each language's backoff follows, step by step as the
 * runtime's vectors say.
 */
class LanguageBindingsTest {

  /** The reason of {@code HostileCloses.awkward}, as javac reads it. */
  static final String HOSTILE =
      "\"\"\" ''' \\ \\\" */ ${room} %s `t` \0 \033 \177 \u2028 \u2029 \u200f\u202e \ud83d\ude00 end";

  /** The runtime's golden vectors of the backoff. */
  private static final Path VECTORS =
      Path.of("..", "runtime", "src", "test", "resources", "backoff-vectors.json");

  /** The body of a set with one code. */
  private static final String ONE = "@Code(4000) CloseEvent one();";

  private static Compilation compilation;

  @BeforeAll
  static void compileTheEndpoints(@TempDir Path library) throws IOException {
    compilation = Fixtures.bindingEndpoints(library, "py,go", GenerationTest.CHAT);
  }

  private static String file(String name) throws IOException {
    return BindingsTest.resource(compilation, name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop.py", "shop.go"})
  void eachLanguageMatchesItsGoldenFile(String name) throws IOException {
    Fixtures.assertMatchesGolden(file(name), "golden/bindings/" + name);
  }

  @Test
  void theLanguagesAreWrittenOnlyWhenNamed() {
    Compilation byDefault =
        Fixtures.compile(JavaFileObjects.forResource("bindings/com/example/shop/ShopCloses.java"));

    assertThat(byDefault).succeededWithoutWarnings();
    for (String name : List.of("shop.py", "shop.go")) {
      assertThat(
              byDefault
                  .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/closecodes/" + name)
                  .isPresent())
          .isFalse();
    }
    assertThat(
            byDefault
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/closecodes/shop.ts")
                .isPresent())
        .isTrue();
  }

  @Test
  void theGoPackageIsTheEndpointsOrTheOptions() throws IOException {
    Compilation named =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions(
                "-Xlint:all",
                "-Aclosecodes.bindings.formats=go",
                "-Aclosecodes.bindings.go.package=shopclose")
            .compile(JavaFileObjects.forResource("bindings/com/example/shop/ShopCloses.java"));
    Compilation unnamed =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions("-Aclosecodes.bindings.formats=go")
            .compile(Fixtures.set("Plain", "@CloseCodes", "@Code(4000) CloseEvent one();"));

    assertThat(named).succeededWithoutWarnings();
    assertThat(file("hostile.go")).contains("\npackage hostile\n");
    assertThat(BindingsTest.resource(named, "shop.go")).contains("\npackage shopclose\n");
    assertThat(BindingsTest.resource(unnamed, "default.go"))
        .contains("\npackage closecodesdefault\n");
  }

  @Test
  void aGoPackageThatGoRefusesIsAnOptionError() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions(
                "-Aclosecodes.bindings.formats=go", "-Aclosecodes.bindings.go.package=type")
            .compile(JavaFileObjects.forResource("bindings/com/example/shop/ShopCloses.java"));

    assertThat(compilation)
        .hadErrorContaining(
            "[closecodes.option] -Aclosecodes.bindings.go.package=type is not a value the"
                + " processor knows: use a Go identifier in ASCII that is no keyword, such as"
                + " chatcodes");
  }

  /**
   * Python imports a module by a name that is an identifier: an endpoint such as {@code live-chat}
   * is written as {@code live_chat.py}, a name that is a keyword or starts with a digit gets {@code
   * closecodes_} in front, and Python imports each by its file's name.
   */
  @Test
  void eachPythonModuleIsNamedSoThatPythonImportsIt(@TempDir Path work) throws Exception {
    Compilation endpoints =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions("-Aclosecodes.bindings.formats=py")
            .compile(
                Fixtures.set("Live", "@CloseCodes(endpoint = \"live-chat\")", ONE),
                Fixtures.set("Keyword", "@CloseCodes(endpoint = \"class\")", ONE),
                Fixtures.set("Digit", "@CloseCodes(endpoint = \"2.fa\")", ONE));
    assertThat(endpoints).succeededWithoutWarnings();
    List<String> modules = List.of("live_chat", "closecodes_class", "closecodes_2_fa");
    for (String module : modules) {
      Files.writeString(
          work.resolve(module + ".py"), BindingsTest.resource(endpoints, module + ".py"));
    }
    assertThat(BindingsTest.resource(endpoints, "content-types.properties"))
        .contains("live_chat.py=text/x-python; charset=utf-8\n");
    Files.writeString(
        work.resolve("check.py"),
        "import "
            + String.join(", ", modules)
            + "\n"
            + "print([m.describe(4000).name for m in ("
            + String.join(", ", modules)
            + ")])\n");

    assertThat(BindingsTest.run(work, RequiredTool.require("python3").toString(), "check.py"))
        .isEqualTo("['ONE', 'ONE', 'ONE']\n");
  }

  @Test
  void thePythonPassesMypyStrict(@TempDir Path work) throws Exception {
    Path python = RequiredTool.python("mypy");
    Files.writeString(work.resolve("shop.py"), file("shop.py"));
    Files.writeString(work.resolve("hostile.py"), file("hostile.py"));
    Files.writeString(work.resolve("default.py"), file("default.py"));
    Files.writeString(
        work.resolve("use.py"),
        """
        import random
        from typing import Optional
        from shop import CloseCode, CloseInfo, describe
        from default import Action, Backoff, Reconnect, ReconnectPolicy, ReconnectStep
        from default import next_step, reconnect_of

        def label(code: int) -> str:
            info: Optional[CloseInfo] = describe(code)
            return "unknown" if info is None else info.name + " " + info.kind

        def seconds_to_wait(code: int, attempt: int) -> Optional[float]:
            step: ReconnectStep = next_step(code, attempt, random.random, Backoff(cap_ms=60_000))
            return None if step.action is Action.STOP else step.delay_ms / 1000

        paid: int = CloseCode.PAY_
        limited: ReconnectPolicy = reconnect_of(4010)
        backs_off: bool = limited.kind is Reconnect.BACKOFF and limited.not_before_ms > 0
        """);

    BindingsTest.run(
        work,
        python.toString(),
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "shop.py",
        "hostile.py",
        "default.py",
        "use.py");
  }

  @Test
  void thePythonDescribesEveryKindOfCodeAndNeverRaises(@TempDir Path work) throws Exception {
    Path python = RequiredTool.require("python3");
    Files.writeString(work.resolve("shop.py"), file("shop.py"));
    Files.writeString(
        work.resolve("check.py"),
        """
        import json
        from shop import CloseCode, describe

        def name(code: int) -> object:
            info = describe(code)
            return None if info is None else [info.name, info.kind]

        checked_out = describe(4002)
        assert checked_out is not None
        print(json.dumps([
            CloseCode.PAY_, CloseCode(4009).name, CloseCode.GOING_AWAY.name,
            [name(code) for code in (4100, 4001, 1001, 4009, 4998, -1)],
            describe(4001).reason if describe(4001) else None,
            [checked_out.deprecated, checked_out.deprecation],
        ], ensure_ascii=False))
        """);

    String out = BindingsTest.run(work, python.toString(), "check.py");

    assertThat(out.strip())
        .isEqualTo(
            "[4100, \"RETIRED_4009\", \"GOING_AWAY\", [[\"PAY\u20ac\", \"declared\"],"
                + " [\"CART_EXPIRED\", \"declared\"], [\"GOING_AWAY\", \"standard\"],"
                + " [\"RETIRED\", \"retired\"], null, null], \"Cart {cart} expired\","
                + " [true, \"Send cartExpired(String) instead.\"]]");
  }

  /** Text that shows one thing and holds another stays out of the source: it is escaped. */
  @ParameterizedTest
  @ValueSource(strings = {"hostile.py", "hostile.go"})
  void theSourceHoldsNoInvisibleCharacters(String name) throws IOException {
    String source = file(name);

    assertThat(
            source
                .codePoints()
                .filter(c -> c != '\n' && c != '\t')
                .filter(
                    c ->
                        Character.isISOControl(c)
                            || Character.getType(c) == Character.FORMAT
                            || c == '\u2028'
                            || c == '\u2029')
                .count())
        .isEqualTo(0);
    assertThat(source).contains("\\u202e");
    assertThat(source).contains("\ud83d\ude00");
  }

  @Test
  void pythonReadsTheHostileReasonBackAsItIs(@TempDir Path work) throws Exception {
    Path python = RequiredTool.require("python3");
    Files.writeString(work.resolve("hostile.py"), file("hostile.py"));
    Files.writeString(
        work.resolve("check.py"),
        """
        import sys
        from hostile import describe

        info = describe(4000)
        assert info is not None
        sys.stdout.buffer.write(info.reason.encode("utf-8"))
        """);

    assertThat(BindingsTest.run(work, python.toString(), "check.py")).isEqualTo(HOSTILE);
  }

  @Test
  void theGoIsFormattedVetsAndPassesItsTests(@TempDir Path work) throws Exception {
    Files.createDirectories(work.resolve("shop"));
    Files.createDirectories(work.resolve("hostile"));
    Files.writeString(work.resolve("shop/shop.go"), file("shop.go"));
    Files.writeString(work.resolve("hostile/hostile.go"), file("hostile.go"));
    Files.writeString(work.resolve("hostile/expected.txt"), HOSTILE);
    Files.writeString(
        work.resolve("shop/shop_test.go"),
        """
        package shop

        import "testing"

        func TestLookup(t *testing.T) {
        \tif CodePay != 4100 || CodeRetired4009 != 4009 || CodeGoingAway != 1001 {
        \t\tt.Fatal("constants")
        \t}
        \tif got := CodeCartExpired.String(); got != "CART_EXPIRED" {
        \t\tt.Fatalf("String() = %q", got)
        \t}
        \tif got := CloseCode(4998).String(); got != "CloseCode(4998)" {
        \t\tt.Fatalf("String() = %q", got)
        \t}
        \tif info, ok := Lookup(4100); !ok || info.Name != "PAY\u20ac" || info.Kind != "declared" {
        \t\tt.Fatalf("Lookup(4100) = %v, %v", info, ok)
        \t}
        \tif info, ok := Lookup(4002); !ok || !info.Deprecated || info.Deprecation == "" {
        \t\tt.Fatalf("Lookup(4002) = %v, %v", info, ok)
        \t}
        \tif info, ok := Lookup(4009); !ok || info.Name != "RETIRED" || info.Kind != "retired" {
        \t\tt.Fatalf("Lookup(4009) = %v, %v", info, ok)
        \t}
        \tif _, ok := Lookup(4998); ok {
        \t\tt.Fatal("Lookup(4998) found")
        \t}
        }
        """);
    Files.writeString(
        work.resolve("hostile/hostile_test.go"),
        """
        package hostile

        import (
        \t"os"
        \t"testing"
        )

        func TestReason(t *testing.T) {
        \twant, err := os.ReadFile("expected.txt")
        \tif err != nil {
        \t\tt.Fatal(err)
        \t}
        \tif info, _ := Lookup(4000); info.Reason != string(want) {
        \t\tt.Fatalf("Reason = %q, want %q", info.Reason, want)
        \t}
        }
        """);
    String out = goTest(work);

    assertThat(out).contains("ok  \texample.com/bindings/shop");
    assertThat(out).contains("ok  \texample.com/bindings/hostile");
  }

  /**
   * The Python backoff gives the runtime's steps for the runtime's numbers, keeps every delay
   * within [minimum, minimum + cap) for each attempt up to 10,000 and far beyond, and the
   * endpoint's contract reaches it: a declared minimum, new credentials, never, a standard code's
   * default.
   */
  @Test
  void thePythonBackoffReproducesEveryVectorOfTheRuntime(@TempDir Path work) throws Exception {
    Path python = RequiredTool.require("python3");
    Files.writeString(work.resolve("default.py"), file("default.py"));
    Files.copy(VECTORS, work.resolve("backoff-vectors.json"));
    Files.writeString(
        work.resolve("vectors.py"),
        """
        import json
        import math
        from default import Action, Reconnect, ReconnectPolicy, ReconnectStep
        from default import Backoff, next_step, reconnect_of

        def shown(step: ReconnectStep) -> str:
            return "STOP" if step.action is Action.STOP else f"{step.action.name} {step.delay_ms}"

        with open("backoff-vectors.json", encoding="utf-8") as file:
            vectors = json.load(file)["vectors"]
        steps = 0
        for v in vectors:
            draws = iter(v["random"])
            policy = ReconnectPolicy(Reconnect[v["kind"]], v["notBeforeMillis"])
            assert len(v["attempts"]) == len(v["steps"]), v
            for attempt, expected in zip(v["attempts"], v["steps"]):
                backoff = Backoff(v["firstMillis"], v["baseMillis"], v["capMillis"])
                step = backoff.next(policy, attempt, lambda: next(draws))
                assert shown(step) == expected, (v, attempt, shown(step))
                steps += 1
            assert not list(draws), v
        print(f"{len(vectors)} vectors, {steps} steps")
        policy = ReconnectPolicy(Reconnect.BACKOFF, 2000)
        for attempt in [*range(1, 10_001), 2 ** 63]:
            for r in (0.0, 0.5, 0.9999999999999999):
                delay = Backoff().next(policy, attempt, lambda: r).delay_ms
                assert 2000 <= delay < 32000, (attempt, r, delay)
        print("bounds hold")
        print(reconnect_of(1013), reconnect_of(4998))
        print(shown(next_step(4010, 1, lambda: 0.5)), shown(next_step(4001, 2, lambda: 0)),
              shown(next_step(4002, 1, lambda: 0)), shown(next_step(1006, 3, lambda: 0.25)))
        for wrong in (lambda: next_step(1006, 0, lambda: 0.5), lambda: next_step(1006, 1, lambda: 1.0),
                      lambda: next_step(1006, 1, lambda: math.nan),
                      lambda: Backoff(cap_ms=0)):
            try:
                wrong()
                print("no error")
            except ValueError as error:
                print(error)
        """);

    String out = BindingsTest.run(work, python.toString(), "vectors.py");

    assertThat(out).contains("9 vectors, ");
    assertThat(out).contains("bounds hold\n");
    assertThat(out)
        .contains(
            "ReconnectPolicy(kind=<Reconnect.BACKOFF: 'BACKOFF'>, not_before_ms=10000)"
                + " ReconnectPolicy(kind=<Reconnect.NEVER: 'NEVER'>, not_before_ms=0)\n"
                + "RECONNECT 32500 NEW_CREDENTIALS 0 STOP RECONNECT 1000\n"
                + "attempts count from 1, not 0\n"
                + "a random number must be in [0, 1), not 1.0\n"
                + "a random number must be in [0, 1), not nan\n"
                + "the backoff's cap_ms must be 1 ms to 1 day, not 0\n");
  }

  /** The same for Go, whose zero values are the safe ones: NEVER, STOP. */
  @Test
  void theGoBackoffReproducesEveryVectorOfTheRuntime(@TempDir Path work) throws Exception {
    Path pkg = Files.createDirectories(work.resolve("closecodesdefault"));
    Files.writeString(pkg.resolve("default.go"), file("default.go"));
    Files.copy(VECTORS, pkg.resolve("backoff-vectors.json"));
    Files.writeString(
        pkg.resolve("default_test.go"),
        """
        package closecodesdefault

        import (
        \t"encoding/json"
        \t"math"
        \t"math/rand"
        \t"os"
        \t"strconv"
        \t"testing"
        \t"time"
        )

        type vector struct {
        \tKind            string
        \tNotBeforeMillis int64
        \tFirstMillis     int64
        \tBaseMillis      int64
        \tCapMillis       int64
        \tAttempts        []int
        \tRandom          []float64
        \tSteps           []string
        }

        func ms(millis int64) time.Duration { return time.Duration(millis) * time.Millisecond }

        func shown(step ReconnectStep) string {
        \tif step.Action == ActionStop {
        \t\treturn "STOP"
        \t}
        \treturn step.Action.String() + " " + strconv.FormatInt(step.Delay.Milliseconds(), 10)
        }

        func kindNamed(t *testing.T, name string) Reconnect {
        \tfor kind := ReconnectNever; kind <= ReconnectNewCredentials; kind++ {
        \t\tif kind.String() == name {
        \t\t\treturn kind
        \t\t}
        \t}
        \tt.Fatalf("no kind %s", name)
        \treturn ReconnectNever
        }

        func TestBackoffVectors(t *testing.T) {
        \ttext, err := os.ReadFile("backoff-vectors.json")
        \tif err != nil {
        \t\tt.Fatal(err)
        \t}
        \tvar file struct{ Vectors []vector }
        \tif err := json.Unmarshal(text, &file); err != nil {
        \t\tt.Fatal(err)
        \t}
        \tsteps := 0
        \tfor _, v := range file.Vectors {
        \t\tdraws := v.Random
        \t\trandom := func() float64 {
        \t\t\tr := draws[0]
        \t\t\tdraws = draws[1:]
        \t\t\treturn r
        \t\t}
        \t\tbackoff := Backoff{First: ms(v.FirstMillis), Base: ms(v.BaseMillis), Cap: ms(v.CapMillis)}
        \t\tpolicy := ReconnectPolicy{Kind: kindNamed(t, v.Kind), NotBefore: ms(v.NotBeforeMillis)}
        \t\tfor i, attempt := range v.Attempts {
        \t\t\tif got := shown(backoff.Next(policy, attempt, random)); got != v.Steps[i] {
        \t\t\t\tt.Errorf("%+v attempt %d: %s, not %s", v, attempt, got, v.Steps[i])
        \t\t\t}
        \t\t\tsteps++
        \t\t}
        \t\tif len(draws) != 0 {
        \t\t\tt.Errorf("%+v left %v", v, draws)
        \t\t}
        \t}
        \tt.Logf("%d vectors, %d steps", len(file.Vectors), steps)
        }

        func TestBounds(t *testing.T) {
        \tpolicy := ReconnectPolicy{Kind: ReconnectBackoff, NotBefore: 2 * time.Second}
        \tfor attempt := 1; attempt <= 10000; attempt++ {
        \t\tfor _, r := range []float64{0, 0.5, math.Nextafter(1, 0)} {
        \t\t\tdelay := DefaultBackoff.Next(policy, attempt, func() float64 { return r }).Delay
        \t\t\tif delay < 2*time.Second || delay >= 32*time.Second {
        \t\t\t\tt.Fatalf("attempt %d, r %v: %v", attempt, r, delay)
        \t\t\t}
        \t\t}
        \t}
        \tif step := DefaultBackoff.Next(policy, math.MaxInt, func() float64 { return 0.5 }); step.Delay != 17*time.Second {
        \t\tt.Errorf("attempt MaxInt: %v", step)
        \t}
        }

        func panicOf(f func()) (message interface{}) {
        \tdefer func() { message = recover() }()
        \tf()
        \treturn nil
        }

        func TestContract(t *testing.T) {
        \thalf := func() float64 { return 0.5 }
        \tt.Logf("%v %v", ReconnectOf(1013), ReconnectOf(4998))
        \tt.Logf("%v %v %v", ReconnectNewCredentials, Reconnect(9), Action(-1))
        \tt.Logf("%s %s %s %s", shown(NextStep(4010, 1, half)),
        \t\tshown(NextStep(4001, 2, func() float64 { return 0 })),
        \t\tshown(NextStep(4002, 1, half)), shown(NextStep(1006, 3, func() float64 { return 0.25 })))
        \tif step := NextStep(1001, 1, rand.Float64); step.Action != ActionReconnect || step.Delay >= 5*time.Second {
        \t\tt.Errorf("NextStep(1001, 1, rand.Float64) = %v", step)
        \t}
        \tt.Logf("%v | %v | %v | %v", panicOf(func() { NextStep(1006, 0, half) }),
        \t\tpanicOf(func() { NextStep(1006, 1, func() float64 { return 1 }) }),
        \t\tpanicOf(func() { NextStep(1006, 1, math.NaN) }),
        \t\tpanicOf(func() { Backoff{Base: time.Second}.Next(ReconnectOf(1006), 1, half) }))
        }
        """);

    String out = goTest(work);

    assertThat(out).contains("9 vectors, ");
    assertThat(out).contains("{BACKOFF 10s} {NEVER 0s}\n");
    assertThat(out).contains("NEW_CREDENTIALS Reconnect(9) Action(-1)\n");
    assertThat(out).contains("RECONNECT 32500 NEW_CREDENTIALS 0 STOP RECONNECT 1000\n");
    assertThat(out)
        .contains(
            "attempts count from 1, not 0 | a random number must be in [0, 1), not 1"
                + " | a random number must be in [0, 1), not NaN"
                + " | the backoff's Cap must be 1 ms to 1 day, not 0s\n");
    assertThat(out).contains("--- PASS: TestBounds");
    assertThat(out).contains("ok  \texample.com/bindings/closecodesdefault");
  }

  /**
   * Writes a {@code go.mod} into {@code work}, whose packages are in place, and returns what {@code
   * go test -v} says of them, once {@code gofmt -l} finds nothing to format and {@code go vet}
   * nothing to report.
   */
  private static String goTest(Path work) throws Exception {
    Path go = RequiredTool.require("go");
    Path gofmt = RequiredTool.require("gofmt");
    Files.writeString(work.resolve("go.mod"), "module example.com/bindings\n\ngo 1.19\n");
    Path target = Path.of("target").toAbsolutePath();
    Map<String, String> environment =
        Map.of(
            "GOFLAGS",
            "-mod=mod",
            "GOPROXY",
            "off",
            "GOCACHE",
            target.resolve("go-cache").toString(),
            "GOPATH",
            target.resolve("go-path").toString());

    assertThat(BindingsTest.run(work, gofmt.toString(), "-l", "-d", ".")).isEmpty();
    BindingsTest.run(work, environment, go.toString(), "vet", "./...");
    return BindingsTest.run(work, environment, go.toString(), "test", "-count=1", "-v", "./...");
  }
}
