package dev.closecodes.processor.generation;

import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.CompiledSet;
import dev.closecodes.runtime.CloseCodeRange;
import dev.closecodes.runtime.StandardCloseCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.ObjIntConsumer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * Writes, per endpoint, what other languages and people read: a TypeScript module, the same as
 * JavaScript with a {@code .d.ts}, a JSON manifest and a Markdown reference. They go to the class
 * output under {@code META-INF/closecodes/} (so they ship in the jar and a server can serve them),
 * and also to the directory named by the option {@value #DIRECTORY_OPTION}, where given.
 *
 * <p>An endpoint's files cover the endpoint as this compilation sees it: its own sets and those of
 * the same endpoint compiled into modules on the class path.
 */
public final class ClientBindings {

  /** The processor option naming a directory to write the bindings to as well. */
  public static final String DIRECTORY_OPTION = "closecodes.clientDir";

  /**
   * The processor option that groups the bindings: {@code endpoint} (the default) writes one set of
   * files per endpoint; {@code set} one per {@code @CloseCodes} interface, named after it.
   */
  public static final String GROUPING_OPTION = "closecodes.bindings";

  /** Where the bindings go in the class output. */
  public static final String RESOURCE_DIRECTORY = "META-INF/closecodes/";

  /** The manifest's schema version; raised on any incompatible change. */
  static final int MANIFEST_VERSION = 1;

  /** A set generated in this compilation, and the interface it comes from. */
  private record Generated(CompiledSet set, Element origin) {}

  private final List<Generated> generated = new ArrayList<>();
  private final List<CompiledSet> onClassPath = new ArrayList<>();

  /** Adds a set that was generated. */
  public void add(CodeSet set) {
    generated.add(new Generated(CompiledSet.of(set), set.type()));
  }

  /** Adds the sets of modules on the class path, which join the files of their endpoint. */
  public void addFromClassPath(List<CompiledSet> sets) {
    onClassPath.addAll(sets);
  }

  /** The file name that an endpoint's bindings share: the endpoint, or {@code default}. */
  static String baseName(String endpoint) {
    return endpoint.isEmpty() ? "default" : endpoint;
  }

  /**
   * Writes the files; {@code directory} may be null.
   *
   * @param perSet whether to write one group of files per set rather than per endpoint
   */
  public void writeTo(Filer filer, Path directory, boolean perSet) throws IOException {
    if (perSet) {
      for (Generated own : generated) {
        write(filer, directory, own.set().set(), own.set().endpoint(), List.of(own.set()),
            List.of(own.origin()));
      }
      return;
    }
    Map<String, List<Generated>> byEndpoint = new TreeMap<>();
    for (Generated own : generated) {
      byEndpoint.computeIfAbsent(own.set().endpoint(), endpoint -> new ArrayList<>()).add(own);
    }
    for (Map.Entry<String, List<Generated>> endpoint : byEndpoint.entrySet()) {
      List<CompiledSet> sets = new ArrayList<>();
      endpoint.getValue().forEach(own -> sets.add(own.set()));
      onClassPath.stream().filter(set -> set.endpoint().equals(endpoint.getKey())).forEach(sets::add);
      write(filer, directory, baseName(endpoint.getKey()), endpoint.getKey(), sets,
          endpoint.getValue().stream().map(Generated::origin).toList());
    }
  }

  private static void write(Filer filer, Path directory, String base, String endpoint,
      List<CompiledSet> sets, List<Element> origins) throws IOException {
    Element[] originating = origins.toArray(new Element[0]);
    for (Map.Entry<String, String> file : files(base, endpoint, sets).entrySet()) {
      byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = filer.createResource(StandardLocation.CLASS_OUTPUT, "",
          RESOURCE_DIRECTORY + file.getKey(), originating).openOutputStream()) {
        out.write(bytes);
      }
      if (directory != null) {
        Files.createDirectories(directory);
        Files.write(directory.resolve(file.getKey()), bytes);
      }
    }
  }

  /** The files of a group of sets of one endpoint, by name. */
  static Map<String, String> files(String base, String endpoint, List<CompiledSet> sets) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(base + ".json", json(endpoint, sets));
    files.put(base + ".ts", typeScript(endpoint, sets));
    files.put(base + ".js", javaScript(endpoint, sets));
    files.put(base + ".d.ts", declarations(endpoint, sets));
    files.put(base + ".md", markdown(endpoint, sets));
    return files;
  }

  static String json(String endpoint, List<CompiledSet> sets) {
    StringBuilder json = new StringBuilder("{\n")
        .append("  \"format\": \"closecodes-manifest\",\n")
        .append("  \"version\": ").append(MANIFEST_VERSION).append(",\n")
        .append("  \"endpoint\": ").append(quote(endpoint)).append(",\n")
        .append("  \"sets\": [");
    for (int s = 0; s < sets.size(); s++) {
      CompiledSet set = sets.get(s);
      json.append(s == 0 ? "\n" : ",\n")
          .append("    {\n      \"interface\": ").append(quote(set.set())).append(",\n")
          .append("      \"codes\": [");
      for (int c = 0; c < set.size(); c++) {
        json.append(c == 0 ? "\n" : ",\n")
            .append("        {\"code\": ").append(set.codes().get(c))
            .append(", \"name\": ").append(quote(set.names().get(c)))
            .append(", \"reason\": ").append(quote(set.reasons().get(c)))
            .append(", \"description\": ").append(quote(set.descriptions().get(c))).append('}');
      }
      json.append("\n      ]\n    }");
    }
    return json.append("\n  ]\n}\n").toString();
  }

  private static String header(String endpoint, List<CompiledSet> sets) {
    List<String> names = sets.stream().map(CompiledSet::set).toList();
    return "// Generated by closecodes for endpoint \"" + baseName(endpoint) + "\" from "
        + String.join(", ", names) + ". Do not edit.\n\n";
  }

  /** Every code a client of the endpoint may receive: the standard ones, then the declared ones. */
  private static String knownCodes(List<CompiledSet> sets, boolean typed) {
    StringBuilder known = new StringBuilder(typed
        ? "const KNOWN: { readonly [code: number]: { readonly name: string;"
            + " readonly description: string } } = {\n"
        : "const KNOWN = {\n");
    for (StandardCloseCode code : StandardCloseCode.values()) {
      known.append("  ").append(code.code()).append(": { name: ").append(quote(code.name()))
          .append(", description: ").append(quote(code.description())).append(" },\n");
    }
    forEachCode(sets, (set, i) -> known.append("  ").append(set.codes().get(i))
        .append(": { name: ").append(quote(set.names().get(i))).append(", description: ")
        .append(quote(set.descriptions().get(i))).append(" },\n"));
    return known.append("};\n").toString();
  }

  /** One documented line per code: {@code entry} renders the line from a name and a number. */
  private static String constants(
      List<CompiledSet> sets, BiFunction<String, Integer, String> entry) {
    StringBuilder constants = new StringBuilder();
    forEachCode(sets, (set, i) -> {
      String summary = set.descriptions().get(i);
      if (!summary.isEmpty()) {
        constants.append("  /** ").append(summary.replace("*/", "* /")).append(" */\n");
      }
      constants.append("  ").append(entry.apply(set.names().get(i), set.codes().get(i)))
          .append('\n');
    });
    return constants.toString();
  }

  private static String property(String name, int code) {
    return name + ": " + code + ",";
  }

  /** Calls {@code action} with each set and the index of each of its codes. */
  private static void forEachCode(List<CompiledSet> sets, ObjIntConsumer<CompiledSet> action) {
    for (CompiledSet set : sets) {
      for (int i = 0; i < set.size(); i++) {
        action.accept(set, i);
      }
    }
  }

  private static final String TYPES = """
      /** The name of a declared close code. */
      export type CloseCodeName = keyof typeof CloseCodes;

      /** The number of a declared close code. */
      export type CloseCodeNumber = (typeof CloseCodes)[CloseCodeName];

      /** What a received close means. */
      export interface CloseInfo {
        readonly code: number;
        readonly name: string;
        readonly reason: string;
        readonly description: string;
      }
      """;

  private static final String DESCRIBE_DOC = """
      /**
       * Turns a browser's CloseEvent, or anything with a code and a reason, into what it means:
       * its name and description, for the standard codes and the endpoint's own; undefined for a
       * code this endpoint does not know.
       */
      """;

  private static final String DESCRIBE_PARAMETERS = """
      (
        event: { readonly code: number; readonly reason: string },
      ): CloseInfo | undefined""";

  private static final String DESCRIBE_RESULT = """
        return known === undefined
          ? undefined
          : { code: event.code, name: known.name, reason: event.reason, description: known.description };
      }
      """;

  /** The doc comment of the {@code CloseCodes} object. */
  private static String title(String endpoint) {
    return "/** The close codes of endpoint \"" + baseName(endpoint) + "\", by name. */\n";
  }

  static String typeScript(String endpoint, List<CompiledSet> sets) {
    return header(endpoint, sets) + title(endpoint)
        + "export const CloseCodes = {\n" + constants(sets, ClientBindings::property)
        + "} as const;\n\n"
        + TYPES + "\n"
        + knownCodes(sets, true) + "\n"
        + DESCRIBE_DOC
        + "export function describeClose" + DESCRIBE_PARAMETERS + " {\n"
        + "  const known = KNOWN[event.code];\n"
        + DESCRIBE_RESULT;
  }

  static String javaScript(String endpoint, List<CompiledSet> sets) {
    return header(endpoint, sets) + title(endpoint)
        + "export const CloseCodes = Object.freeze({\n"
        + constants(sets, ClientBindings::property) + "});\n\n"
        + knownCodes(sets, false) + "\n"
        + DESCRIBE_DOC
        + "export function describeClose(event) {\n"
        + "  const known = Object.prototype.hasOwnProperty.call(KNOWN, event.code)"
        + " ? KNOWN[event.code] : undefined;\n"
        + DESCRIBE_RESULT;
  }

  static String declarations(String endpoint, List<CompiledSet> sets) {
    return header(endpoint, sets) + title(endpoint)
        + "export declare const CloseCodes: {\n"
        + constants(sets, (name, code) -> "readonly " + name + ": " + code + ";")
        + "};\n\n"
        + TYPES + "\n"
        + DESCRIBE_DOC
        + "export declare function describeClose" + DESCRIBE_PARAMETERS + ";\n";
  }

  static String markdown(String endpoint, List<CompiledSet> sets) {
    StringBuilder md = new StringBuilder("# Close codes of endpoint `")
        .append(baseName(endpoint)).append("`\n\n")
        .append("Generated by closecodes from ")
        .append(String.join(", ", sets.stream().map(set -> "`" + set.set() + "`").toList()))
        .append(". Do not edit.\n\n")
        .append("| Code | Name | Reason | Declared by | Description |\n")
        .append("| ---: | --- | --- | --- | --- |\n");
    forEachCode(sets, (set, i) -> md.append("| ").append(set.codes().get(i))
        .append(" | `").append(set.names().get(i)).append('`')
        .append(" | ").append(cell(set.reasons().get(i)))
        .append(" | `").append(set.set()).append('`')
        .append(" | ").append(cell(set.descriptions().get(i))).append(" |\n"));
    md.append("\n## Standard codes (RFC 6455, IANA)\n\n")
        .append("| Code | Name | Sent by endpoints | Meaning |\n| ---: | --- | --- | --- |\n");
    for (StandardCloseCode code : StandardCloseCode.values()) {
      md.append("| ").append(code.code()).append(" | ").append(code.ianaName())
          .append(" | ").append(code.isSendable() ? "yes" : "never")
          .append(" | ").append(cell(code.description())).append(" |\n");
    }
    md.append("\n## Ranges\n\n| Codes | Use |\n| --- | --- |\n");
    for (CloseCodeRange range : CloseCodeRange.values()) {
      md.append("| ").append(range.span()).append(" | ").append(range.description())
          .append(" |\n");
    }
    return md.toString();
  }

  /** Text in a Markdown table cell: one line, pipes escaped, shown as code where it is a reason. */
  private static String cell(String text) {
    return text.replaceAll("\\s+", " ").replace("|", "\\|").strip();
  }

  /** A JSON string, which is also a JavaScript and TypeScript string literal. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        case '\u2028', '\u2029' -> quoted.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
