package dev.closecodes.processor;

import dev.closecodes.processor.diagnostics.Message;
import dev.closecodes.processor.diagnostics.Report;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The processor's options, read once: a value it does not know is an error, never a silent default.
 *
 * @param clientDirectory where to write the client bindings as well, or null
 * @param bindingsPerSet whether the bindings are grouped per set rather than per endpoint
 * @param baseline the manifests of the last release, or null
 */
record Options(Path clientDirectory, boolean bindingsPerSet, String baseline) {

  /** {@code -Aclosecodes.clientDir=DIR}: a directory to write the client bindings to as well. */
  static final String CLIENT_DIRECTORY = "closecodes.clientDir";

  /** {@code -Aclosecodes.bindings=endpoint|set}: how the client bindings are grouped. */
  static final String BINDINGS = "closecodes.bindings";

  /**
   * {@code -Aclosecodes.baseline=PATHS}: the manifests of the last release (files, jars or
   * directories, separated by the path separator), which published codes must stay compatible with.
   */
  static final String BASELINE = "closecodes.baseline";

  static final Set<String> NAMES = Set.of(CLIENT_DIRECTORY, BINDINGS, BASELINE);

  /** Reads the options; problems go to {@code report}, and the option keeps its default. */
  static Options read(Map<String, String> options, Report report) {
    Path directory = null;
    String clientDir = options.get(CLIENT_DIRECTORY);
    if (clientDir != null) {
      try {
        directory = Path.of(clientDir);
      } catch (InvalidPathException e) {
        report.add(Message.OPTION_VALUE, null, CLIENT_DIRECTORY, clientDir, e.getMessage());
      }
    }
    String bindings = options.getOrDefault(BINDINGS, "endpoint");
    if (!bindings.equals("endpoint") && !bindings.equals("set")) {
      report.add(Message.OPTION_VALUE, null, BINDINGS, bindings, "use endpoint or set");
    }
    return new Options(directory, bindings.equals("set"), options.get(BASELINE));
  }
}
