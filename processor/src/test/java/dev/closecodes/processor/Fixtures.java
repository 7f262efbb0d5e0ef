package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject.DiagnosticInFile;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;

/** Sources to compile with the processor, and assertions on where its diagnostics land. */
final class Fixtures {

  private Fixtures() {}

  /** Compiles with the processor and every javac lint on. */
  static Compilation compile(JavaFileObject... sources) {
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
    return source("test." + name, """
        package test;

        import dev.closecodes.CloseCodes;
        import dev.closecodes.Code;
        import dev.closecodes.runtime.CloseEvent;

        %s
        public interface %s {
        %s
        }
        """.formatted(annotation, name, String.join("\n", members)));
  }

  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
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
    diagnostic.inFile(file).onLine(at.line()).atColumn(at.column());
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
          assertWithMessage("token %s in line %s", token, lines.get(i)).that(column).isGreaterThan(0);
          return new Position(i + 1, column);
        }
      }
      throw new AssertionError("no line contains " + fragment);
    }
  }
}
