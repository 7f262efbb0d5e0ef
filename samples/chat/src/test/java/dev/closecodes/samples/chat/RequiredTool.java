package dev.closecodes.samples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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

  /** Where {@code .ci/run} installs the npm packages that tests need, for {@code NODE_PATH}. */
  static final Path NODE_MODULES =
      Path.of("..", "..", ".ci", "node", "node_modules").toAbsolutePath().normalize();

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
   * A Python 3 that can import {@code module} (or modules separated by commas, as {@code import}
   * takes them): the system's, where Debian installs {@code python3-<module>}, or one on the {@code
   * PATH} (which may be another Python, without it).
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

  /**
   * Node, with the npm package {@code npmPackage} where {@code .ci/run} installs it, in {@link
   * #NODE_MODULES}.
   */
  static RequiredTool node(String npmPackage, String howToInstall) {
    return new RequiredTool(
        "node",
        "node and the npm package " + npmPackage + " in .ci/node are needed: " + howToInstall,
        Files.isDirectory(NODE_MODULES.resolve(npmPackage))
            ? onPath("node").findFirst()
            : Optional.empty());
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

  /**
   * Runs the program with {@code arguments} in {@code directory}, {@code environment} added to this
   * JVM's, and returns what it printed, once it has exited with 0 within two minutes.
   */
  String run(Path directory, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(path().toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    boolean done = process.waitFor(2, TimeUnit.MINUTES);
    if (!done) {
      process.destroyForcibly();
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(done, String.join(" ", command) + " did not finish; it said:\n" + out);
    assertEquals(0, process.exitValue(), String.join(" ", command) + " said:\n" + out);
    return out;
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
