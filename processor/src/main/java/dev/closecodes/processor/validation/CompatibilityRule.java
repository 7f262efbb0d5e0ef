package dev.closecodes.processor.validation;

import dev.closecodes.processor.baseline.Baseline;
import dev.closecodes.processor.diagnostics.Message;
import dev.closecodes.processor.diagnostics.Report;
import dev.closecodes.processor.model.Catalogue;
import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.CompiledSet;
import dev.closecodes.processor.model.DeclaredCode;
import dev.closecodes.processor.model.ReasonTemplate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes a release published keep their meaning. Against the baseline's manifests, each declared
 * code keeps the number and the name it was published with; and once every set is known, each
 * published code of an endpoint this module serves still exists or is listed as retired. New codes
 * and new descriptions are fine; a changed placeholder is a warning.
 */
final class CompatibilityRule {

  /** A published code, and the set that published it. */
  private record Published(String set, CompiledSet.Code code) {}

  private record Key(String endpoint, Object value) {}

  private final List<CompiledSet> published;
  private final Map<Key, Published> byName = new HashMap<>();
  private final Map<Key, Published> byNumber = new HashMap<>();

  CompatibilityRule(Baseline baseline) {
    this.published = baseline.sets();
    for (CompiledSet set : published) {
      for (CompiledSet.Code code : set.codes()) {
        Published entry = new Published(set.set(), code);
        byName.putIfAbsent(new Key(set.endpoint(), code.name()), entry);
        byNumber.putIfAbsent(new Key(set.endpoint(), code.code()), entry);
      }
    }
  }

  /**
   * Checks each code of {@code set} against what the baseline published under its name and number.
   */
  void check(CodeSet set, Report report) {
    for (DeclaredCode code : set.codes()) {
      Published sameName = byName.get(new Key(set.endpoint(), code.constantName()));
      Published sameNumber = byNumber.get(new Key(set.endpoint(), code.code()));
      String now = set.describe() + "." + code.constantName();
      if (sameName != null && sameName.code().code() != code.code()) {
        onNumber(report, code, Message.COMPAT_RENUMBERED, now, sameName.code().code(), code.code());
      }
      if (sameNumber != null && !sameNumber.code().name().equals(code.constantName())) {
        onNumber(report, code, Message.COMPAT_RENAMED, code.code(), sameNumber.code().name(), now);
      }
      if (sameName != null && sameName.code().code() == code.code()) {
        List<String> was = placeholders(sameName.code().reason());
        List<String> is = placeholders(code.declaredReason());
        if (!was.equals(is)) {
          onNumber(report, code, Message.COMPAT_PLACEHOLDERS, now, was, is);
        }
      }
    }
  }

  /**
   * Reports each published code of an endpoint this module serves that no set declares any more, by
   * name or by number, and that no set retired; on the set that published it, where it exists.
   */
  void checkRemovals(Catalogue catalogue, Report report) {
    for (String endpoint : catalogue.moduleEndpoints()) {
      Set<Object> present = new HashSet<>();
      for (CompiledSet set : catalogue.endpointSets(endpoint)) {
        set.codes()
            .forEach(
                code -> {
                  present.add(code.name());
                  present.add(code.code());
                });
        present.addAll(set.retired());
      }
      for (CompiledSet set : published) {
        if (!set.endpoint().equals(endpoint)) {
          continue;
        }
        for (CompiledSet.Code code : set.codes()) {
          if (!present.contains(code.name()) && !present.contains(code.code())) {
            report.add(
                Message.COMPAT_REMOVED,
                catalogue.origin(set.set()).orElse(null),
                code.code(),
                set.set() + "." + code.name());
          }
        }
      }
    }
  }

  private static void onNumber(Report report, DeclaredCode code, Message message, Object... args) {
    report.addOn(message, code.method(), code.annotation(), code.value(), args);
  }

  private static List<String> placeholders(String reason) {
    return ReasonTemplate.parse(reason).placeholderNames();
  }
}
