package dev.closecodes.processor.generation.bindings;

import dev.closecodes.processor.baseline.Baseline;
import dev.closecodes.processor.model.Catalogue;
import dev.closecodes.processor.model.CompiledSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes {@code <endpoint>.json}, the manifest that tools, other teams and the next release's
 * baseline read. Fields that say a code or set is deprecated, or that a set retired numbers, appear
 * only where that is so.
 */
final class JsonWriter {

  private static final String FILE =
      """
      {
        "format": "%s",
        "version": %d,
        "endpoint": %s,
        "sets": [
      %s
        ]
      }
      """;

  private JsonWriter() {}

  static String write(Catalogue.Group group) {
    return Templates.fill(
        FILE,
        Baseline.FORMAT,
        Baseline.VERSION,
        JsText.quote(group.endpoint()),
        group.sets().stream().map(JsonWriter::set).collect(Collectors.joining(",\n")));
  }

  private static String set(CompiledSet set) {
    List<String> members = new ArrayList<>();
    members.add("\"interface\": " + JsText.quote(set.set()));
    if (set.deprecated()) {
      members.add("\"deprecated\": true");
    }
    members.add(
        "\"codes\": [\n"
            + set.codes().stream()
                .map(code -> "        " + code(code))
                .collect(Collectors.joining(",\n"))
            + "\n      ]");
    if (!set.retired().isEmpty()) {
      members.add("\"retired\": " + set.retired());
    }
    return "    {\n      " + String.join(",\n      ", members) + "\n    }";
  }

  private static String code(CompiledSet.Code code) {
    List<String> fields =
        new ArrayList<>(
            List.of(
                "\"code\": " + code.code(),
                "\"name\": " + JsText.quote(code.name()),
                "\"reason\": " + JsText.quote(code.reason()),
                "\"description\": " + JsText.quote(code.description())));
    if (code.deprecation().deprecated()) {
      fields.add("\"deprecated\": true");
      fields.add("\"deprecation\": " + JsText.quote(code.deprecation().note()));
    }
    return "{" + String.join(", ", fields) + "}";
  }
}
