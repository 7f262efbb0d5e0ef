package dev.closecodes.samples.chat;

import java.io.File;
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
  private final String howToInstall;
  private final Optional<Path> path;

  private RequiredTool(String name, String howToInstall) {
    this.name = name;
    this.howToInstall = howToInstall;
    this.path =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .filter(dir -> !dir.isEmpty())
            .map(dir -> Path.of(dir, name))
            .filter(Files::isExecutable)
            .findFirst();
  }

  static RequiredTool onPath(String name, String howToInstall) {
    return new RequiredTool(name, howToInstall);
  }

  /** Where the program is; only called by tests that this condition let run. */
  Path path() {
    return path.orElseThrow(() -> new IllegalStateException(name + " is not on the PATH"));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (path.isPresent()) {
      return ConditionEvaluationResult.enabled(name + " is " + path.get());
    }
    String reason = name + " is not on the PATH: " + howToInstall;
    if (System.getenv("CI") != null) {
      throw new IllegalStateException(reason + " (CI must install it)");
    }
    // Surefire shows a skipped test's reason only in its XML report: say it where people look.
    System.err.println("[WARNING] Skipping " + context.getDisplayName() + ": " + reason);
    return ConditionEvaluationResult.disabled(reason);
  }
}
