package dev.closecodes.processor.generation.bindings;

import dev.closecodes.processor.model.ManifestFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders {@code <endpoint>.json}, the manifest that tools, other teams and the next release's
 * baseline read. Fields that say a code or set is deprecated, or that a set retired numbers, appear
 * only where that is so.
 */
final class JsonFormat implements ClientFormat {

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

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String contentType() {
    return "application/json";
  }

  @Override
  public String render(ClientCatalogue catalogue) {
    return Templates.fill(
        FILE,
        ManifestFormat.FORMAT,
        ManifestFormat.VERSION,
        JsText.quote(catalogue.endpoint()),
        catalogue.sets().stream().map(JsonFormat::set).collect(Collectors.joining(",\n")));
  }

  private static String set(ClientSet set) {
    List<String> members = new ArrayList<>();
    members.add("\"interface\": " + JsText.quote(set.name()));
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
      members.add(
          "\"retired\": "
              + set.retired().stream()
                  .map(retired -> String.valueOf(retired.code()))
                  .collect(Collectors.joining(", ", "[", "]")));
    }
    return "    {\n      " + String.join(",\n      ", members) + "\n    }";
  }

  private static String code(ClientCode code) {
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
