package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.assertErrorAt;
import static dev.closecodes.processor.Fixtures.chat;
import static dev.closecodes.processor.Fixtures.compile;
import static dev.closecodes.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RobustnessTest {

  @Test
  void everyProblemOfABadSetIsReportedInOneBuild() {
    JavaFileObject source =
        chat(
            "  @Code(value = 999, reason = \"Too low\")",
            "  CloseEvent tooLow();",
            "  @Code(value = 4001, reason = \"First\")",
            "  CloseEvent first();",
            "  @Code(value = 4001, reason = \"Again\")",
            "  CloseEvent again();",
            "  @Code(value = 4002, reason = \"" + "x".repeat(124) + "\")",
            "  CloseEvent tooLong();",
            "  @Code(value = 4003, reason = \"Room {rom}\")",
            "  CloseEvent typo(String room);",
            "  CloseEvent forgotten();");

    Compilation compilation = compile(source);

    assertErrorAt(compilation, "[closecodes.range]", source, "value = 999", "999");
    assertErrorAt(compilation, "[closecodes.duplicate]", source, "\"Again\"", "4001");
    assertErrorAt(compilation, "[closecodes.reason-length]", source, "\"xxx", "\"xxx");
    assertErrorAt(compilation, "[closecodes.placeholder]", source, "{rom}", "\"Room");
    assertErrorAt(compilation, "[closecodes.unused-parameter]", source, "String room", "room");
    assertErrorAt(compilation, "[closecodes.missing-code]", source, "forgotten", "forgotten");
    assertThat(compilation).hadErrorCount(6);
  }

  @Test
  void oneBadSetDoesNotStopAnotherFromBeingGenerated() {
    JavaFileObject bad = chat("  @Code(1) CloseEvent bad();");
    JavaFileObject good =
        Fixtures.set("GameCloses", "@CloseCodes", "  @Code(4100) CloseEvent over();");
    JavaFileObject user =
        source(
            "test.User",
            """
        package test;

        class User {
          Object over = new GameCloseEvents().over();
        }
        """);

    Compilation compilation = compile(bad, good, user);

    assertThat(compilation).hadErrorContaining("[closecodes.range]");
    assertThat(compilation).hadErrorCount(1);
  }

  /** Broken sources get javac's own errors; the processor adds none of its own and never throws. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "@Code(reason = \"no value\") CloseEvent a();",
        "@Code(value = \"4001\") CloseEvent a();",
        "@Code(UNKNOWN_CONSTANT) CloseEvent a();",
        "@Code(4001) CloseEvent a(",
        "@Code(4001) UnknownType a();",
        "@Code(value = 4001, reason = null) CloseEvent a();",
        "@Code(value = 4001, reason = UNKNOWN) CloseEvent a();",
        "@Code(value = 4001, reason = \"{x}\") CloseEvent a(Unknown x);",
      })
  void brokenSourceNeverCrashesTheProcessor(String member) {
    Compilation compilation = compile(chat("  " + member));

    assertThat(compilation).failed();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(Locale.ROOT);
      assertThat(message).doesNotContain("[closecodes.internal]");
      assertThat(message).doesNotContain("threw");
    }
  }

  @Test
  void brokenAnnotationAttributeOnTheSet() {
    Compilation compilation =
        compile(
            Fixtures.set(
                "ChatCloses", "@CloseCodes(enumName = 42)", "  @Code(4001) CloseEvent a();"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("incompatible types");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void typeGeneratedByAnotherProcessorInALaterRoundIsWaitedFor() {
    JavaFileObject source =
        chat(
            "  @Code(value = 4002, reason = \"Room {room} is full\")",
            "  CloseEvent roomFull(test.Room room);");

    Compilation compilation =
        Compiler.javac()
            .withProcessors(new RoomGenerator(), new CloseCodesProcessor())
            .withOptions("-Xlint:all")
            .compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.ChatCloseEvents")
        .contentsAsUtf8String()
        .contains("public CloseEvent roomFull(Room room)");
  }

  @Test
  void typeThatNeverAppearsIsReportedOnceProcessingIsOver() {
    JavaFileObject source =
        chat(
            "  @Code(value = 4002, reason = \"Room {room} is full\")",
            "  CloseEvent roomFull(test.Room room);");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation)
        .hadErrorContaining(
            "[closecodes.unresolved-type] test.ChatCloses mentions a type that was never found; if"
                + " another annotation processor generates it, check its errors above, otherwise add"
                + " it to the class path")
        .inFile(source)
        .onLineContaining("interface ChatCloses");
  }

  @Test
  void aSetWithAMissingTypeGetsItsOtherErrorsInTheSameBuild() {
    JavaFileObject source =
        chat(
            "  @Code(value = 4002, reason = \"Room {room} is full\")",
            "  CloseEvent roomFull(test.Room room);",
            "  @Code(3001) CloseEvent library();");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[closecodes.unresolved-type]");
    Fixtures.assertErrorAt(
        compilation, "[closecodes.range] close code 3001 is in 3000-3999", source, "3001", "3001");
  }

  @Test
  void noSetNoOutput() {
    Compilation compilation = compile(source("test.Plain", "package test; class Plain {}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
  }

  /** Generates {@code test.Room} during the first round, as an unrelated processor would. */
  private static final class RoomGenerator extends AbstractProcessor {
    private int round;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
      if (++round == 1) {
        try (Writer writer = processingEnv.getFiler().createSourceFile("test.Room").openWriter()) {
          writer.write("package test; public final class Room {}");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
