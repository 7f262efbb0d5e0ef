package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kotlin bindings, which the processor writes only when asked: of the endpoint of {@link
 * BindingFormatsTest} against a golden file, and of an endpoint whose reason holds text that breaks
 * literals and comments. {@code samples/kotlin} compiles both with {@code kotlinc -Werror} and runs
 * a Kotlin test on them.
 */
class KotlinBindingsTest {

  private static Compilation compilation;

  @BeforeAll
  static void compileTheEndpoints(@TempDir Path library) throws IOException {
    compilation = Fixtures.bindingEndpoints(library, "kt");
  }

  private static String file(String name) throws IOException {
    return BindingsTest.resource(compilation, name);
  }

  @Test
  void theKotlinMatchesItsGoldenFile() throws IOException {
    Fixtures.assertMatchesGolden(file("shop.kt"), "golden/bindings/shop.kt");
  }

  @Test
  void theKotlinIsWrittenOnlyWhenNamed() {
    Compilation byDefault =
        Fixtures.compile(JavaFileObjects.forResource("bindings/com/example/shop/ShopCloses.java"));

    assertThat(byDefault).succeededWithoutWarnings();
    assertThat(
            byDefault
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/closecodes/shop.kt")
                .isPresent())
        .isFalse();
  }

  /** Without the option among the processor's own, javac warns, and {@code -Werror} fails. */
  @Test
  void thePackageIsTheEndpointsOrTheOptionsWhichJavacDoesNotWarnAbout() throws IOException {
    Compilation named =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions(
                "-Xlint:all",
                "-Werror",
                "-Aclosecodes.bindings.formats=kt",
                "-Aclosecodes.bindings.kotlin.package=com.example.shop.codes")
            .compile(JavaFileObjects.forResource("bindings/com/example/shop/ShopCloses.java"));
    Compilation unnamed =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions("-Aclosecodes.bindings.formats=kt")
            .compile(Fixtures.set("Plain", "@CloseCodes", "@Code(4000) CloseEvent one();"));

    assertThat(named).succeededWithoutWarnings();
    assertThat(file("hostile.kt")).contains("\npackage hostile\n");
    assertThat(BindingsTest.resource(named, "shop.kt"))
        .contains("\npackage com.example.shop.codes\n");
    assertThat(BindingsTest.resource(unnamed, "default.kt")).contains("\npackage default\n");
  }

  @Test
  void aPackageThatKotlinRefusesIsAnOptionError() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions(
                "-Aclosecodes.bindings.formats=kt",
                "-Aclosecodes.bindings.kotlin.package=com.example.when")
            .compile(JavaFileObjects.forResource("bindings/com/example/shop/ShopCloses.java"));

    assertThat(compilation)
        .hadErrorContaining(
            "[closecodes.option] -Aclosecodes.bindings.kotlin.package=com.example.when is not a"
                + " value the processor knows: use a Kotlin package of ASCII names that are no"
                + " keywords, such as chat.codes");
  }

  /**
   * Text that shows one thing and holds another stays out of the source, and so does a {@code $}
   * that would start a template, or a {@code /*} that would open a comment inside the KDoc.
   */
  @Test
  void theSourceHoldsNoInvisibleCharactersNorTemplatesNorNestedComments() throws IOException {
    String source = file("hostile.kt");

    assertThat(
            source
                .codePoints()
                .filter(c -> c != '\n')
                .filter(
                    c ->
                        Character.isISOControl(c)
                            || Character.getType(c) == Character.FORMAT
                            || c == '\u2028'
                            || c == '\u2029')
                .count())
        .isEqualTo(0);
    assertThat(source).contains("\\u202e");
    assertThat(source).contains("\\u0000");
    String entry =
        source.lines().filter(line -> line.startsWith("    AWKWARD(")).findFirst().orElseThrow();
    assertThat(entry).contains("\\${room}");
    assertThat(entry).containsMatch("\\\\\\$\\{x}");
    assertThat(entry).doesNotContainMatch("[^\\\\]\\$");
    assertThat(source).contains("\ud83d\ude00");
    assertThat(source).contains("/** Quotes \" \"\"\" ''' ` and a backslash \\ with ${x}");
  }

  /** Kotlin Multiplatform has no JVM: the file uses the Kotlin standard library alone. */
  @Test
  void theSourceUsesNothingOfTheJvm() throws IOException {
    for (String name : List.of("shop.kt", "hostile.kt")) {
      String source = file(name);
      assertThat(source.lines().filter(line -> line.startsWith("import ")).toList())
          .containsExactly("import kotlin.math.floor");
      assertThat(source).doesNotContain("java.");
      assertThat(source).doesNotContain("@Jvm");
      assertThat(source).doesNotContain(".format(");
    }
  }
}
