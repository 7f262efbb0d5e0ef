package dev.closecodes.samples.chat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A program that a test class needs, found on the {@code PATH} as {@code .ci/run} finds it.
 * Registered as a static extension, it skips the whole class when the program is missing, saying
 * why on the build's console; under CI, which installs every tool, a missing one fails the class.
 */
final class RequiredTool implements ExecutionCondition {

  private final String name;
  private final String missing;
  private final Optional<Path> path;

  private RequiredTool(String name, String missing, Optional<Path> path) {
    this.name = name;
    this.missing = missing;
    this.path = path;
  }

  static RequiredTool onPath(String name, String howToInstall) {
    return new RequiredTool(
        name, name + " is not on the PATH: " + howToInstall, onPath(name).findFirst());
  }

  /**
   * A Python 3 that can import {@code module}: the system's, where Debian installs {@code
   * python3-<module>}, or one on the {@code PATH} (which may be another Python, without it).
   */
  static RequiredTool python(String module, String howToInstall) {
    return new RequiredTool(
        "python3",
        "no python3 can import " + module + ": " + howToInstall,
        Stream.concat(Stream.of(Path.of("/usr/bin/python3")), onPath("python3"))
            .filter(Files::isExecutable)
            .filter(python -> imports(python, module))
            .findFirst());
  }

  private static Stream<Path> onPath(String name) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable);
  }

  private static boolean imports(Path python, String module) {
    try {
      return new ProcessBuilder(python.toString(), "-c", "import " + module)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start()
              .waitFor()
          == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Where the program is; only called by tests that this condition let run. */
  Path path() {
    return path.orElseThrow(() -> new IllegalStateException(missing));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (path.isPresent()) {
      return ConditionEvaluationResult.enabled(name + " is " + path.get());
    }
    if (System.getenv("CI") != null) {
      throw new IllegalStateException(missing + " (CI must install it)");
    }
    // Surefire shows a skipped test's reason only in its XML report: say it where people look.
    System.err.println("[WARNING] Skipping " + context.getDisplayName() + ": " + missing);
    return ConditionEvaluationResult.disabled(missing);
  }
}
