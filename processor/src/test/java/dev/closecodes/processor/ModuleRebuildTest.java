package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.closecodes.runtime.CloseCodeRegistry;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module rebuilt without a clean, as IDEs and {@code useIncrementalCompilation=false} do: javac
 * gets only the changed sources, with the module's own earlier output on the class path and its
 * sources on the source path. What it leaves must equal what a clean build leaves.
 */
class ModuleRebuildTest {

  private static final String ROOM =
      """
      package app;

      import dev.closecodes.CloseCodes;
      import dev.closecodes.Code;
      import dev.closecodes.runtime.CloseEvent;

      @CloseCodes
      public interface %s {
        @Code(value = 4001, reason = "Room closed")
        CloseEvent roomClosed();

        @Code(value = 4002, reason = "Room full")
        CloseEvent roomFull();
      }
      """;

  private static final String PAY =
      """
      package app;

      import dev.closecodes.CloseCodes;
      import dev.closecodes.Code;
      import dev.closecodes.runtime.CloseEvent;

      @CloseCodes
      public interface PayCloses {
        @Code(value = %d, reason = "Payment required")
        CloseEvent paymentRequired();
      }
      """;

  @TempDir Path module;

  @Test
  void recompilingOneSetKeepsTheOthersRegistered() throws IOException {
    write("RoomCloses", ROOM.formatted("RoomCloses"));
    write("PayCloses", PAY.formatted(4100));
    assertThat(compile("RoomCloses", "PayCloses")).isEmpty();

    assertThat(compile("PayCloses")).isEmpty();

    assertThat(serviceFile())
        .containsExactly("app.PayCloseCode$Provider", "app.RoomCloseCode$Provider")
        .inOrder();
    try (URLClassLoader loader = classLoader()) {
      CloseCodeRegistry registry = CloseCodeRegistry.load(loader);
      assertThat(registry.resolve(4001).name()).isEqualTo("ROOM_CLOSED");
      assertThat(registry.resolve(4100).name()).isEqualTo("PAYMENT_REQUIRED");
    }
    assertThat(manifest()).contains("\"app.RoomCloses\"");
    assertThat(manifest()).contains("\"app.PayCloses\"");
  }

  @Test
  void recompilingOneSetStillFindsACollisionWithAnother() throws IOException {
    write("RoomCloses", ROOM.formatted("RoomCloses"));
    write("PayCloses", PAY.formatted(4100));
    assertThat(compile("RoomCloses", "PayCloses")).isEmpty();

    write("PayCloses", PAY.formatted(4001));
    assertThat(compile("PayCloses"))
        .containsExactly(
            "[closecodes.duplicate] close code 4001 is"
                + " already declared by app.RoomCloses.ROOM_CLOSED; give each code its own number");
  }

  @Test
  void aSetRecompiledWithItsOwnOldOutputOnTheClassPathIsNoDuplicate() throws IOException {
    write("RoomCloses", ROOM.formatted("RoomCloses"));
    write("PayCloses", PAY.formatted(4100));
    assertThat(compile("RoomCloses", "PayCloses")).isEmpty();

    assertThat(compile("RoomCloses", "PayCloses")).isEmpty();
    assertThat(serviceFile())
        .containsExactly("app.PayCloseCode$Provider", "app.RoomCloseCode$Provider")
        .inOrder();
  }

  @Test
  void aRenamedSetLeavesNoTraceOfItsOldName() throws IOException {
    write("RoomCloses", ROOM.formatted("RoomCloses"));
    write("PayCloses", PAY.formatted(4100));
    assertThat(compile("RoomCloses", "PayCloses")).isEmpty();

    Files.delete(source("RoomCloses"));
    write("LobbyCloses", ROOM.formatted("LobbyCloses"));
    assertThat(compile("LobbyCloses")).isEmpty();

    assertThat(serviceFile())
        .containsExactly("app.LobbyCloseCode$Provider", "app.PayCloseCode$Provider")
        .inOrder();
    assertThat(manifest()).contains("\"app.LobbyCloses\"");
    assertThat(manifest()).contains("\"app.PayCloses\"");
    assertThat(manifest()).doesNotContain("\"app.RoomCloses\"");
  }

  @Test
  void aDeletedSetLeavesTheServiceFileAndTheBindings() throws IOException {
    write("RoomCloses", ROOM.formatted("RoomCloses"));
    write("PayCloses", PAY.formatted(4100));
    assertThat(compile("RoomCloses", "PayCloses")).isEmpty();

    Files.delete(source("PayCloses"));
    assertThat(compile("RoomCloses")).isEmpty();

    assertThat(serviceFile()).containsExactly("app.RoomCloseCode$Provider");
    assertThat(manifest()).doesNotContain("PayCloses");
  }

  @Test
  void aSetThatAnotherProcessorGeneratesIsNoDuplicateOfItsOwnMarker() throws IOException {
    write("Trigger", "package app;\n\n@Deprecated\npublic interface Trigger {}\n");
    assertThat(compile(List.of(new SetGenerator(), new CloseCodesProcessor()), "Trigger"))
        .isEmpty();

    assertThat(compile(List.of(new SetGenerator(), new CloseCodesProcessor()), "Trigger"))
        .isEmpty();
    assertThat(serviceFile()).containsExactly("app.GeneratedCloseCode$Provider");
  }

  /** Writes {@code GeneratedCloses}, a set, in its first round, as a processor of another tool. */
  private static final class SetGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (var writer =
            processingEnv.getFiler().createSourceFile("app.GeneratedCloses").openWriter()) {
          writer.write(PAY.formatted(4200).replace("PayCloses", "GeneratedCloses"));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private Path source(String name) {
    return module.resolve("src/app/" + name + ".java");
  }

  private void write(String name, String text) throws IOException {
    Files.createDirectories(source(name).getParent());
    Files.writeString(source(name), text);
  }

  private List<String> compile(String... names) throws IOException {
    return compile(List.of(new CloseCodesProcessor()), names);
  }

  /**
   * Compiles {@code names} as Maven does: classes into {@code out}, which is on the class path,
   * generated sources into {@code generated}, both source directories on the source path; returns
   * the compiler's warnings and errors.
   */
  private List<String> compile(List<Processor> processors, String... names) throws IOException {
    Path out = Files.createDirectories(module.resolve("out"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<File> sources = new ArrayList<>();
      for (String name : names) {
        sources.add(source(name).toFile());
      }
      JavaCompiler.CompilationTask task =
          javac.getTask(
              new StringWriter(),
              files,
              diagnostics,
              List.of(
                  "-d",
                  out.toString(),
                  "-cp",
                  out + File.pathSeparator + System.getProperty("java.class.path"),
                  "-s",
                  Files.createDirectories(module.resolve("generated")).toString(),
                  "-sourcepath",
                  module.resolve("src") + File.pathSeparator + module.resolve("generated"),
                  "-implicit:none",
                  "-Xlint:all,-processing"),
              null,
              files.getJavaFileObjectsFromFiles(sources));
      task.setProcessors(processors);
      task.call();
    }
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() != Diagnostic.Kind.NOTE) {
        messages.add(diagnostic.getMessage(null));
      }
    }
    return messages;
  }

  private List<String> serviceFile() throws IOException {
    return Files.readAllLines(
        module.resolve("out/META-INF/services/dev.closecodes.runtime.CloseCodeSet"));
  }

  private String manifest() throws IOException {
    return Files.readString(module.resolve("out/META-INF/closecodes/default.json"));
  }

  private URLClassLoader classLoader() throws IOException {
    return new URLClassLoader(
        new URL[] {module.resolve("out").toUri().toURL()}, getClass().getClassLoader());
  }
}
