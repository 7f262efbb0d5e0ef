package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.closecodes.CloseCodes;
import dev.closecodes.runtime.CloseEvent;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declarations in a named module that reads nothing but closecodes compile, generated code
 * included, under {@code -Xlint:all -Werror}: the generated code uses nothing the module cannot see
 * ({@code @Generated}, in {@code java.compiler}, is left out there). The module reads the
 * annotations with {@code requires static transitive}, since they mark its exported API.
 */
class NamedModuleTest {

  private static String location(Class<?> type) throws URISyntaxException {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void moduleThatReadsOnlyClosecodesCompiles(@TempDir Path work)
      throws IOException, URISyntaxException {
    Path module = work.resolve("src/module-info.java");
    Path set = work.resolve("src/app/ChatCloses.java");
    Files.createDirectories(set.getParent());
    Files.writeString(
        module,
        """
        module app {
          requires static transitive dev.closecodes;
          requires transitive dev.closecodes.runtime;
          exports app;
        }
        """);
    Files.writeString(
        set,
        """
        package app;

        import dev.closecodes.CloseCodes;
        import dev.closecodes.Code;
        import dev.closecodes.runtime.CloseEvent;

        @CloseCodes
        public interface ChatCloses {
          @Code(value = 4002, reason = "Room {room} is full")
          CloseEvent roomFull(String room);
        }
        """);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostics,
              List.of(
                  "--module-path",
                  location(CloseCodes.class) + File.pathSeparator + location(CloseEvent.class),
                  "-d",
                  work.resolve("classes").toString(),
                  "-s",
                  work.resolve("generated").toString(),
                  "-Xlint:all",
                  "-Werror"),
              null,
              files.getJavaFileObjects(module.toFile(), set.toFile()));
      Files.createDirectories(work.resolve("generated"));
      task.setProcessors(List.of(new CloseCodesProcessor()));
      compiled = task.call();
    }

    assertWithMessage(
            "diagnostics: %s",
            diagnostics.getDiagnostics().stream()
                .map(Object::toString)
                .collect(Collectors.joining("\n")))
        .that(compiled)
        .isTrue();
    String generated = Files.readString(work.resolve("generated/app/ChatCloseCode.java"));
    assertWithMessage("java.compiler is not in the module graph, so no @Generated")
        .that(generated)
        .doesNotContain("javax.annotation.processing.Generated");
    assertWithMessage("the enum was compiled")
        .that(Files.exists(work.resolve("classes/app/ChatCloseCode.class")))
        .isTrue();
  }
}
