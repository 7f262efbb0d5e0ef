package dev.closecodes.processor.generation.bindings;

import static dev.closecodes.processor.model.ManifestFormat.CODE;
import static dev.closecodes.processor.model.ManifestFormat.CODES;
import static dev.closecodes.processor.model.ManifestFormat.DEPRECATED;
import static dev.closecodes.processor.model.ManifestFormat.DEPRECATION;
import static dev.closecodes.processor.model.ManifestFormat.DESCRIPTION;
import static dev.closecodes.processor.model.ManifestFormat.ENDPOINT;
import static dev.closecodes.processor.model.ManifestFormat.FORMAT;
import static dev.closecodes.processor.model.ManifestFormat.FORMAT_NAME;
import static dev.closecodes.processor.model.ManifestFormat.FORMAT_VERSION;
import static dev.closecodes.processor.model.ManifestFormat.INTERFACE;
import static dev.closecodes.processor.model.ManifestFormat.NAME;
import static dev.closecodes.processor.model.ManifestFormat.NOT_BEFORE_SECONDS;
import static dev.closecodes.processor.model.ManifestFormat.REASON;
import static dev.closecodes.processor.model.ManifestFormat.RECONNECT;
import static dev.closecodes.processor.model.ManifestFormat.RETIRED;
import static dev.closecodes.processor.model.ManifestFormat.SETS;
import static dev.closecodes.processor.model.ManifestFormat.VERSION;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders {@code <endpoint>.json}, the manifest that tools, other teams and the next release's
 * baseline read. Every code says what a client does after it ({@code reconnect}); fields that say a
 * code or set is deprecated, that a set retired numbers, or that a client waits a minimum delay,
 * appear only where that is so.
 */
final class JsonFormat implements ClientFormat {

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
    return "{\n  "
        + String.join(
            ",\n  ",
            member(FORMAT, JsText.quote(FORMAT_NAME)),
            member(VERSION, FORMAT_VERSION),
            member(ENDPOINT, JsText.quote(catalogue.endpoint())),
            member(
                SETS,
                "[\n"
                    + catalogue.sets().stream()
                        .map(JsonFormat::set)
                        .collect(Collectors.joining(",\n"))
                    + "\n  ]"))
        + "\n}\n";
  }

  private static String set(ClientSet set) {
    List<String> members = new ArrayList<>();
    members.add(member(INTERFACE, JsText.quote(set.name())));
    if (set.deprecated()) {
      members.add(member(DEPRECATED, true));
    }
    members.add(
        member(
            CODES,
            "[\n"
                + set.codes().stream()
                    .map(code -> "        " + code(code))
                    .collect(Collectors.joining(",\n"))
                + "\n      ]"));
    if (!set.retired().isEmpty()) {
      members.add(
          member(
              RETIRED,
              set.retired().stream()
                  .map(retired -> String.valueOf(retired.code()))
                  .collect(Collectors.joining(", ", "[", "]"))));
    }
    return "    {\n      " + String.join(",\n      ", members) + "\n    }";
  }

  private static String code(ClientCode code) {
    List<String> members =
        new ArrayList<>(
            List.of(
                member(CODE, code.code()),
                member(NAME, JsText.quote(code.name())),
                member(REASON, JsText.quote(code.reason())),
                member(DESCRIPTION, JsText.quote(code.description())),
                member(RECONNECT, JsText.quote(code.reconnect().kind().name()))));
    if (!code.reconnect().notBefore().isZero()) {
      members.add(member(NOT_BEFORE_SECONDS, code.reconnect().notBefore().toSeconds()));
    }
    if (code.deprecation().deprecated()) {
      members.add(member(DEPRECATED, true));
      members.add(member(DEPRECATION, JsText.quote(code.deprecation().note())));
    }
    return "{" + String.join(", ", members) + "}";
  }

  /** {@code "name": value}, the value already written as JSON. */
  private static String member(String name, Object json) {
    return JsText.quote(name) + ": " + json;
  }
}
