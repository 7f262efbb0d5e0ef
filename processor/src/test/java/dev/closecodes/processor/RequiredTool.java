package dev.closecodes.processor;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A program that a test needs, found where {@code .ci/run} finds it: on the {@code PATH}, or in
 * {@code .ci/node}, where it installs TypeScript and the AsyncAPI parser. Without it the test is
 * skipped, saying why on the build's console; under CI, which installs every tool, a missing one
 * fails the test.
 */
final class RequiredTool {

  private static final Path CI_NODE_BIN = Path.of("..", ".ci", "node", "node_modules", ".bin");

  private RequiredTool() {}

  static Path require(String name) {
    Path found =
        Stream.concat(
                Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                    .filter(dir -> !dir.isEmpty())
                    .map(Path::of),
                Stream.of(CI_NODE_BIN))
            .map(dir -> dir.resolve(name))
            .filter(Files::isExecutable)
            .findFirst()
            .map(Path::toAbsolutePath)
            .orElse(null);
    if (found != null) {
      return found;
    }
    return missing(
        name
            + " is not on the PATH: run .ci/run once (it installs what the tests need) or install it");
  }

  /**
   * The {@code node_modules} directory where {@code .ci/run} installs the npm package {@code name}
   * beside TypeScript, for a script run with {@code NODE_PATH} set to it.
   */
  static Path nodeModules(String name) {
    Path modules = CI_NODE_BIN.getParent().toAbsolutePath().normalize();
    if (Files.isDirectory(modules.resolve(name))) {
      return modules;
    }
    return missing(
        "the npm package "
            + name
            + " is not in .ci/node: run .ci/run once (it installs what the tests need)");
  }

  /**
   * A Python 3 that can import {@code module}: the system's, where Debian installs {@code
   * python3-<module>}, or the one on the {@code PATH}.
   */
  static Path python(String module) throws Exception {
    for (Path python : List.of(Path.of("/usr/bin/python3"), require("python3"))) {
      if (Files.isExecutable(python)
          && new ProcessBuilder(python.toString(), "-c", "import " + module)
                  .redirectErrorStream(true)
                  .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                  .start()
                  .waitFor()
              == 0) {
        return python;
      }
    }
    return missing(
        "no python3 can import "
            + module
            + ": run .ci/run once (it installs what the tests need) or install it");
  }

  private static Path missing(String reason) {
    if (System.getenv("CI") != null) {
      throw new IllegalStateException(reason + " (CI must install it)");
    }
    // This module sends the tests' output to files, and Surefire shows a skipped test's reason only
    // in its XML report; the JVM's own standard error reaches the build's console.
    new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)
        .println("[WARNING] Skipping " + caller() + ": " + reason);
    return Assumptions.abort(reason);
  }

  /** The test that asked, as {@code Class.method}. */
  private static String caller() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(frame -> !frame.getClassName().equals(RequiredTool.class.getName()))
                    .findFirst())
        .map(frame -> frame.getClassName().replaceFirst(".*\\.", "") + "." + frame.getMethodName())
        .orElseThrow();
  }
}
