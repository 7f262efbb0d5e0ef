package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject.DiagnosticInFile;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/** Sources to compile with the processor, and assertions on where its diagnostics land. */
final class Fixtures {

  private Fixtures() {}

  /**
   * The compilers the processor runs in. ecj reads sources from files, and underlines an annotation
   * attribute's name rather than its value, so under ecj a diagnostic's line is checked and its
   * column is not.
   */
  enum TestCompiler {
    JAVAC,
    ECJ
  }

  private static final ThreadLocal<TestCompiler> COMPILER =
      ThreadLocal.withInitial(() -> TestCompiler.JAVAC);

  /** Compiles what follows with {@code compiler}; see {@link ProcessorTest}. */
  static void use(TestCompiler compiler) {
    COMPILER.set(compiler);
  }

  /**
   * Compiles with the processor under the compiler of the test at hand: javac with every lint on,
   * ecj with the warnings an IDE shows by default.
   */
  static Compilation compile(JavaFileObject... sources) {
    if (COMPILER.get() == TestCompiler.ECJ) {
      return Compiler.compiler(new EclipseCompiler())
          .withProcessors(new CloseCodesProcessor())
          .withOptions("--release", "17")
          .compile(sources);
    }
    return Compiler.javac()
        .withProcessors(new CloseCodesProcessor())
        .withOptions("-Xlint:all")
        .compile(sources);
  }

  /** A {@code @CloseCodes} interface {@code test.ChatCloses} with {@code members} as its body. */
  static JavaFileObject chat(String... members) {
    return set("ChatCloses", "@CloseCodes", members);
  }

  /** An interface {@code test.<name>} annotated with {@code annotation}. */
  static JavaFileObject set(String name, String annotation, String... members) {
    return source(
        "test." + name,
        """
        package test;

        import dev.closecodes.CloseCodes;
        import dev.closecodes.Code;
        import dev.closecodes.runtime.CloseEvent;

        %s
        public interface %s {
        %s
        }
        """
            .formatted(annotation, name, String.join("\n", members)));
  }

  /** A source file; written to disk under ecj, which reads sources only from files. */
  static JavaFileObject source(String qualifiedName, String text) {
    if (COMPILER.get() != TestCompiler.ECJ) {
      return JavaFileObjects.forSourceString(qualifiedName, text);
    }
    try {
      Path file =
          Files.createTempDirectory(Path.of("target"), "ecj")
              .resolve(qualifiedName.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code actual} equals the golden file {@code golden} under the test resources; a
   * missing golden file fails, with the generated text written under {@code target/} to review.
   */
  static void assertMatchesGolden(String actual, String golden) throws IOException {
    try (InputStream expected = Fixtures.class.getClassLoader().getResourceAsStream(golden)) {
      if (expected == null) {
        Path written = Path.of("target", golden);
        Files.createDirectories(written.getParent());
        Files.writeString(written, actual);
        throw new AssertionError(
            "No golden file src/test/resources/"
                + golden
                + "; the generated text is in "
                + written.toAbsolutePath()
                + ": review it, then copy it there");
      }
      assertWithMessage("generated %s", golden)
          .that(actual)
          .isEqualTo(new String(expected.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /**
   * Compiles the endpoints the language bindings are tested on, {@code shop} (with {@code pay}'s
   * set from a library on the class path) and {@code hostile}, and {@code more}, writing {@code
   * formats}; fails unless that succeeds without warnings.
   *
   * @param library where the library's classes go
   */
  static Compilation bindingEndpoints(Path library, String formats, JavaFileObject... more)
      throws IOException {
    List<JavaFileObject> sources =
        new ArrayList<>(
            List.of(
                JavaFileObjects.forResource("bindings/com/example/shop/ShopCloses.java"),
                JavaFileObjects.forResource("bindings/com/example/hostile/HostileCloses.java")));
    sources.addAll(List.of(more));
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions("-Xlint:all", "-Aclosecodes.bindings.formats=" + formats)
            .withClasspath(
                libraryOnClassPath(
                    library,
                    JavaFileObjects.forResource("bindings/com/example/pay/PayCloses.java")))
            .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  /**
   * Compiles {@code sources} as a library module and keeps its classes in {@code directory}, as its
   * jar would hold them; returns a class path of that directory and the test's own.
   */
  static List<File> libraryOnClassPath(Path directory, JavaFileObject... sources)
      throws IOException {
    Compilation compiled =
        Compiler.javac().withProcessors(new CloseCodesProcessor()).compile(sources);
    if (compiled.status() != Compilation.Status.SUCCESS) {
      throw new AssertionError("the library did not compile: " + compiled.diagnostics());
    }
    for (JavaFileObject file : compiled.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        Path target = directory.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + 14));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    List<File> classPath = new ArrayList<>();
    classPath.add(directory.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    return classPath;
  }

  /**
   * Asserts that the compilation reports {@code message} as an error in {@code file}, on the first
   * line that contains {@code line}, at the column where {@code token} starts in that line.
   */
  static void assertErrorAt(
      Compilation compilation, String message, JavaFileObject file, String line, String token) {
    assertAt(assertThat(compilation).hadErrorContaining(message), file, line, token);
  }

  /** As {@link #assertErrorAt}, for a warning. */
  static void assertWarningAt(
      Compilation compilation, String message, JavaFileObject file, String line, String token) {
    assertAt(assertThat(compilation).hadWarningContaining(message), file, line, token);
  }

  private static void assertAt(
      DiagnosticInFile diagnostic, JavaFileObject file, String line, String token) {
    Position at = Position.of(file, line, token);
    if (COMPILER.get() == TestCompiler.ECJ) {
      diagnostic.inFile(file).onLine(at.line());
    } else {
      diagnostic.inFile(file).onLine(at.line()).atColumn(at.column());
    }
  }

  /** A 1-based line and column in a source file. */
  private record Position(int line, int column) {
    static Position of(JavaFileObject file, String fragment, String token) {
      List<String> lines;
      try {
        lines = file.getCharContent(true).toString().lines().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(fragment)) {
          int column = lines.get(i).indexOf(token) + 1;
          assertWithMessage("token %s in line %s", token, lines.get(i))
              .that(column)
              .isGreaterThan(0);
          return new Position(i + 1, column);
        }
      }
      throw new AssertionError("no line contains " + fragment);
    }
  }
}
