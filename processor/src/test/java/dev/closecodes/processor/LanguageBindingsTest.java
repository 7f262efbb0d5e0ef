package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
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
 * {@code go test}, and of an endpoint whose reason holds text that breaks literals and comments,
 * which the real interpreter and compiler must read back as it is.
 */
class LanguageBindingsTest {

  /** The reason of {@code HostileCloses.awkward}, as javac reads it. */
  static final String HOSTILE =
      "\"\"\" ''' \\ \\\" */ ${room} %s `t` \0 \033 \177 \u2028 \u2029 \u200f\u202e \ud83d\ude00 end";

  private static Compilation compilation;

  @BeforeAll
  static void compileTheEndpoints(@TempDir Path library) throws IOException {
    List<File> classPath =
        Fixtures.libraryOnClassPath(
            library, JavaFileObjects.forResource("bindings/com/example/pay/PayCloses.java"));
    compilation =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions("-Xlint:all", "-Aclosecodes.bindings.formats=py,go")
            .withClasspath(classPath)
            .compile(
                JavaFileObjects.forResource("bindings/com/example/shop/ShopCloses.java"),
                JavaFileObjects.forResource("bindings/com/example/hostile/HostileCloses.java"));
    assertThat(compilation).succeededWithoutWarnings();
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

  @Test
  void thePythonPassesMypyStrict(@TempDir Path work) throws Exception {
    Path python = RequiredTool.python("mypy");
    Files.writeString(work.resolve("shop.py"), file("shop.py"));
    Files.writeString(work.resolve("hostile.py"), file("hostile.py"));
    Files.writeString(
        work.resolve("use.py"),
        """
        from typing import Optional
        from shop import CloseCode, CloseInfo, describe

        def label(code: int) -> str:
            info: Optional[CloseInfo] = describe(code)
            return "unknown" if info is None else info.name + " " + info.kind

        paid: int = CloseCode.PAY_
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
    Path go = RequiredTool.require("go");
    Path gofmt = RequiredTool.require("gofmt");
    Files.writeString(work.resolve("go.mod"), "module example.com/bindings\n\ngo 1.19\n");
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

    assertThat(BindingsTest.run(work, gofmt.toString(), "-l", ".")).isEmpty();
    BindingsTest.run(work, environment, go.toString(), "vet", "./...");
    String out = BindingsTest.run(work, environment, go.toString(), "test", "-count=1", "./...");
    assertThat(out).contains("ok  \texample.com/bindings/shop");
    assertThat(out).contains("ok  \texample.com/bindings/hostile");
  }
}
