package dev.closecodes.processor;

import dev.closecodes.processor.diagnostics.Message;
import dev.closecodes.processor.diagnostics.Report;
import dev.closecodes.processor.generation.bindings.ClientFormat;
import dev.closecodes.processor.generation.bindings.ClientFormats;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The processor's options, read once: a value it does not know is an error, never a silent default.
 *
 * @param clientDirectory where to write the client bindings as well, or null
 * @param bindingsPerSet whether the bindings are grouped per set rather than per endpoint
 * @param baseline the manifests of the last release, or null
 * @param formats the formats of the client bindings, in the order named
 * @param all every option given, for the formats
 * @param refused whether an option was refused, when no bindings are written: the build fails and
 *     leaves none half made
 */
record Options(
    Path clientDirectory,
    boolean bindingsPerSet,
    String baseline,
    List<ClientFormat> formats,
    Map<String, String> all,
    boolean refused) {

  /** {@code -Aclosecodes.clientDir=DIR}: a directory to write the client bindings to as well. */
  static final String CLIENT_DIRECTORY = "closecodes.clientDir";

  /** {@code -Aclosecodes.bindings=endpoint|set}: how the client bindings are grouped. */
  static final String BINDINGS = "closecodes.bindings";

  /**
   * {@code -Aclosecodes.baseline=PATHS}: the manifests of the last release (files, jars or
   * directories, separated by the path separator), which published codes must stay compatible with.
   */
  static final String BASELINE = "closecodes.baseline";

  /**
   * {@code -Aclosecodes.bindings.formats=NAMES}: the formats of the client bindings, separated by
   * commas: those built in ({@code ts,js,d.ts,json,md}, the default, and {@code py,go,kt,asyncapi})
   * and any that a jar on the processor path provides. Empty writes no bindings.
   */
  static final String FORMATS = "closecodes.bindings.formats";

  /** The options the processor reads itself; the formats declare theirs. */
  static final Set<String> NAMES = Set.of(CLIENT_DIRECTORY, BINDINGS, BASELINE, FORMATS);

  /**
   * Every option the processor knows: {@link #NAMES} and the options of the formats, those built in
   * and those that {@code options} names from jars on the processor path. Never throws: a jar whose
   * format cannot be loaded is reported when the formats are read.
   *
   * @param loader the class loader of the processor path, where formats are looked for
   */
  static Set<String> names(Map<String, String> options, ClassLoader loader) {
    Set<String> names = new TreeSet<>(NAMES);
    List<ClientFormat> formats = new ArrayList<>(ClientFormats.BUILT_IN);
    formats.addAll(ClientFormats.OPTIONAL);
    String value = options.get(FORMATS);
    if (value != null) {
      try {
        formats.addAll(ClientFormats.named(formatNames(value), loader).values());
      } catch (ServiceConfigurationError e) {
        // Reported by read, when the processor first runs.
      }
    }
    formats.forEach(format -> names.addAll(format.options()));
    return names;
  }

  /**
   * Reads the options; problems go to {@code report}, and the option keeps its default, or for the
   * formats, the known ones, while {@link #refused} keeps the bindings from being written.
   *
   * @param loader the class loader of the processor path, where formats are looked for
   */
  static Options read(Map<String, String> options, Report report, ClassLoader loader) {
    Report problems = new Report();
    Path directory = null;
    String clientDir = options.get(CLIENT_DIRECTORY);
    if (clientDir != null) {
      try {
        directory = Path.of(clientDir);
      } catch (InvalidPathException e) {
        problems.add(Message.OPTION_VALUE, null, CLIENT_DIRECTORY, clientDir, e.getMessage());
      }
    }
    String bindings = options.getOrDefault(BINDINGS, "endpoint");
    if (!bindings.equals("endpoint") && !bindings.equals("set")) {
      problems.add(Message.OPTION_VALUE, null, BINDINGS, bindings, "use endpoint or set");
    }
    List<ClientFormat> formats = formats(options, problems, loader);
    checkFormatOptions(options, formats, problems);
    report.addAll(problems);
    return new Options(
        directory,
        bindings.equals("set"),
        options.get(BASELINE),
        formats,
        options,
        problems.hasErrors());
  }

  /**
   * Reports each option value that its format refuses: of the formats built in, whether chosen or
   * not (a wrong value fails now, not on the day the format is chosen), and of the chosen ones.
   */
  private static void checkFormatOptions(
      Map<String, String> options, List<ClientFormat> chosen, Report report) {
    Set<ClientFormat> formats = new LinkedHashSet<>(ClientFormats.BUILT_IN);
    formats.addAll(ClientFormats.OPTIONAL);
    formats.addAll(chosen);
    for (ClientFormat format : formats) {
      for (String option : format.options()) {
        if (options.containsKey(option)) {
          String value = Objects.requireNonNullElse(options.get(option), "");
          format
              .refusal(option, value)
              .ifPresent(hint -> report.add(Message.OPTION_VALUE, null, option, value, hint));
        }
      }
    }
  }

  private static List<ClientFormat> formats(
      Map<String, String> options, Report report, ClassLoader loader) {
    if (!options.containsKey(FORMATS)) {
      return ClientFormats.BUILT_IN;
    }
    // javac gives -Akey= no value at all.
    String value = Objects.requireNonNullElse(options.get(FORMATS), "");
    Set<String> names = formatNames(value);
    Map<String, ClientFormat> named = ClientFormats.named(names, loader);
    names.removeAll(named.keySet());
    if (!names.isEmpty()) {
      report.add(
          Message.OPTION_VALUE,
          null,
          FORMATS,
          value,
          "no format is named "
              + String.join(", ", names)
              + "; the formats are "
              + Stream.concat(ClientFormats.BUILT_IN.stream(), ClientFormats.OPTIONAL.stream())
                  .map(ClientFormat::name)
                  .collect(Collectors.joining(","))
              + " and those of jars on the processor path");
    }
    return new ArrayList<>(named.values());
  }

  /** The names in the value of {@value #FORMATS}, in order. */
  private static Set<String> formatNames(String value) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : value.split(",")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }
}
