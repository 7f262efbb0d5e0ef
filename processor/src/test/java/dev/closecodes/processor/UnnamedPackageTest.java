package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.assertErrorAt;
import static dev.closecodes.processor.Fixtures.compile;
import static dev.closecodes.processor.Fixtures.set;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.closecodes.runtime.CloseCodeRegistry;
import dev.closecodes.runtime.CloseEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java allows types in the unnamed package, and so does closecodes: a set there gets its types
 * there, registered for {@code ServiceLoader} and recorded for later compilations like any other.
 */
class UnnamedPackageTest {

  private static final String SET =
      """
      import dev.closecodes.CloseCodes;
      import dev.closecodes.Code;
      import dev.closecodes.runtime.CloseEvent;

      /** Why the server closes. */
      @CloseCodes
      public interface DefaultPackageCloses {
        /** Kicked. */
        @Code(value = 4002, reason = "Kicked by {moderator}")
        CloseEvent kicked(String moderator);
      }
      """;

  @TempDir Path output;

  @ProcessorTest
  void aSetInTheUnnamedPackageGetsItsTypesThere() throws Exception {
    Compilation compilation = compile(Fixtures.source("DefaultPackageCloses", SET));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("DefaultPackageCloseCode");
    assertThat(compilation)
        .generatedFile(
            StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.closecodes.runtime.CloseCodeSet")
        .contentsAsUtf8String()
        .isEqualTo("DefaultPackageCloseCode$Provider\n");
    Object events =
        new CompiledClasses(compilation)
            .loadClass("DefaultPackageCloseEvents")
            .getConstructor()
            .newInstance();
    CloseEvent kicked =
        (CloseEvent) events.getClass().getMethod("kicked", String.class).invoke(events, "ada");
    assertThat(kicked.reason()).isEqualTo("Kicked by ada");
  }

  @ProcessorTest
  void aNameThatWouldHideAJavaLangTypeSaysWhere() {
    JavaFileObject source =
        Fixtures.source(
            "DefaultPackageCloses",
            SET.replace("@CloseCodes", "@CloseCodes(eventsName = \"Object\")"));

    assertErrorAt(
        compile(source),
        "[closecodes.type-clash] the generated type name \"Object\" would hide java.lang.Object in"
            + " the unnamed package; choose another name with @CloseCodes(eventsName = \"...\")",
        source,
        "eventsName",
        "\"Object\"");
  }

  @Test
  void theRegistryFindsASetOfTheUnnamedPackage() throws IOException {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .compile(Fixtures.source("DefaultPackageCloses", SET));
    assertThat(compilation).succeeded();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (path.contains("/CLASS_OUTPUT/")) {
        Path target = output.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + 14));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {output.toUri().toURL()}, getClass().getClassLoader())) {
      assertThat(CloseCodeRegistry.load(loader).resolve(4002).name()).isEqualTo("KICKED");
    }
  }

  @Test
  void aLaterCompilationSeesASetOfTheUnnamedPackageOnTheClassPath() throws IOException {
    JavaFileObject app =
        set(
            "ChatCloses",
            "@CloseCodes",
            "  @Code(value = 4002, reason = \"Room closed\")",
            "  CloseEvent roomClosed();");

    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withClasspath(
                Fixtures.libraryOnClassPath(output, Fixtures.source("DefaultPackageCloses", SET)))
            .compile(app);

    assertErrorAt(
        compilation,
        "[closecodes.duplicate] close code 4002 is already declared by DefaultPackageCloses.KICKED,"
            + " compiled into a module on the class path",
        app,
        "value = 4002",
        "4002");
  }
}
