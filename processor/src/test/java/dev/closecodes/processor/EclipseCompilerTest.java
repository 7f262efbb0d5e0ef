package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.chat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under the Eclipse compiler (ecj), which Eclipse users run it in: the same generated
 * sources as under javac, and errors on the same lines. ecj underlines an annotation attribute's
 * name rather than its value, so columns are not compared.
 */
class EclipseCompilerTest {

  @TempDir Path files;

  /** ecj reads sources from files, so each is written out first. */
  private JavaFileObject onDisk(JavaFileObject source) throws IOException {
    Path file = files.resolve(source.getName().replaceFirst("^/", ""));
    Files.createDirectories(file.getParent());
    Files.writeString(file, source.getCharContent(true));
    return JavaFileObjects.forResource(file.toUri().toURL());
  }

  private static Compilation compileWithEcj(JavaFileObject onDisk) {
    return Compiler.compiler(new EclipseCompiler())
        .withProcessors(new CloseCodesProcessor())
        .withOptions("--release", "17")
        .compile(onDisk);
  }

  @Test
  void generatesWhatJavacGenerates() throws IOException {
    Compilation ecj = compileWithEcj(onDisk(GenerationTest.CHAT));
    Compilation javac = Fixtures.compile(GenerationTest.CHAT);

    assertThat(ecj).succeededWithoutWarnings();
    for (String type : new String[] {"ChatCloseCode", "ChatCloseEvents"}) {
      String name = "com.example.chat." + type;
      assertThat(GenerationTest.generated(ecj, name))
          .isEqualTo(GenerationTest.generated(javac, name));
    }
  }

  @Test
  void reportsRuleViolationsOnTheirLines() throws IOException {
    JavaFileObject source =
        onDisk(
            chat(
                "  @Code(value = 999, reason = \"Too low\")",
                "  CloseEvent tooLow();",
                "  @Code(value = 4001, reason = \"Room {rom}\")",
                "  CloseEvent typo(String room);"));

    Compilation compilation = compileWithEcj(source);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[closecodes.range] close code 999 is in 0-999")
        .inFile(source)
        .onLineContaining("value = 999");
    assertThat(compilation)
        .hadErrorContaining("[closecodes.placeholder] reason placeholder {rom}")
        .inFile(source)
        .onLineContaining("{rom}");
    assertThat(compilation)
        .hadErrorContaining("[closecodes.unused-parameter] parameter room")
        .inFile(source)
        .onLineContaining("String room");
  }
}
