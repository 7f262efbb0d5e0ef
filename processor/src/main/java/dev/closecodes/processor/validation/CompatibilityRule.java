package dev.closecodes.processor.validation;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toCollection;

import dev.closecodes.Reconnect;
import dev.closecodes.processor.baseline.Baseline;
import dev.closecodes.processor.diagnostics.Message;
import dev.closecodes.processor.diagnostics.Report;
import dev.closecodes.processor.model.Catalogue;
import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.CompiledSet;
import dev.closecodes.processor.model.DeclaredCode;
import dev.closecodes.processor.model.ReasonTemplate;
import dev.closecodes.runtime.ReconnectPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;

/**
 * Codes a release published keep their meaning. Each manifest of the baseline is a release, and
 * this compilation is checked against each one, so that the outcome does not depend on the order of
 * the paths: each declared code keeps the number and the name it was published with; and once every
 * set is known, each published code of an endpoint still exists or is retired, and each published
 * retirement still stands. A finding names the manifests it comes from. New codes and new
 * descriptions are fine; a changed placeholder is a warning.
 */
final class CompatibilityRule {

  /** A published code, and the set that published it. */
  private record Published(Baseline.PublishedSet set, Baseline.PublishedCode code) {}

  /** A published code that no set declares any more. */
  private record Gone(String set, int code, String name) {}

  /** A published retirement that no set lists any more. */
  private record Unretired(String set, int code) {}

  private final Baseline baseline;
  private final Map<String, List<Published>> byEndpoint = new TreeMap<>();

  /** The sets checked in this compilation, valid or not, by name: what the module declares now. */
  private final Map<String, CodeSet> checked = new TreeMap<>();

  CompatibilityRule(Baseline baseline) {
    this.baseline = baseline;
    for (Baseline.PublishedSet set : baseline.sets()) {
      for (Baseline.PublishedCode code : set.codes()) {
        byEndpoint
            .computeIfAbsent(set.endpoint(), endpoint -> new ArrayList<>())
            .add(new Published(set, code));
      }
    }
  }

  /**
   * Checks each code of {@code set} against what each manifest published under its name and number.
   */
  void check(CodeSet set, Report report) {
    checked.put(set.describe(), set);
    List<Published> published = byEndpoint.getOrDefault(set.endpoint(), List.of());
    for (DeclaredCode code : set.codes()) {
      String name = code.constantName();
      int number = code.code();
      String now = set.describe() + "." + name;
      manifestsBy(
              published,
              p -> p.code().name().equals(name) && p.code().code() != number,
              p -> p.code().code())
          .forEach(
              (was, manifests) ->
                  onNumber(
                      report, code, Message.COMPAT_RENUMBERED, now, was, in(manifests), number));
      manifestsBy(
              published,
              p -> p.code().code() == number && !p.code().name().equals(name),
              p -> p.code().name())
          .forEach(
              (was, manifests) ->
                  onNumber(report, code, Message.COMPAT_RENAMED, number, was, in(manifests), now));
      String is = placeholders(code.declaredReason());
      manifestsBy(
              published,
              p -> p.code().code() == number && p.code().name().equals(name),
              p -> placeholders(p.code().reason()))
          .forEach(
              (was, manifests) -> {
                if (!was.equals(is)) {
                  onNumber(report, code, Message.COMPAT_PLACEHOLDERS, now, was, in(manifests), is);
                }
              });
      // A set whose default is DEFAULT has no contract to compare; ReconnectRule reports it.
      if (code.reconnect() != Reconnect.DEFAULT) {
        String contract = contract(code.reconnect().name(), code.notBeforeSeconds());
        manifestsBy(
                published,
                p -> p.code().code() == number && p.code().name().equals(name),
                p -> contract(p.code().reconnect()))
            .forEach(
                (was, manifests) -> {
                  if (!was.equals(contract)) {
                    onNumber(
                        report, code, Message.COMPAT_RECONNECT, now, was, in(manifests), contract);
                  }
                });
      }
    }
  }

  /**
   * Once every set is known, reports each code that a manifest published and that no set of its
   * endpoint declares any more, by name or by number, nor retired; each number a manifest retired
   * that no set of its endpoint lists as retired any more; and each endpoint that no set declares
   * any more. A finding lands on the set that published it, where this module still has it.
   */
  void checkRemovals(Catalogue catalogue, Report report) {
    Map<String, List<Baseline.PublishedSet>> setsByEndpoint = new TreeMap<>();
    for (Baseline.PublishedSet set : baseline.sets()) {
      setsByEndpoint.computeIfAbsent(set.endpoint(), endpoint -> new ArrayList<>()).add(set);
    }
    setsByEndpoint.forEach(
        (endpoint, published) -> checkRemovals(endpoint, published, catalogue, report));
  }

  private void checkRemovals(
      String endpoint, List<Baseline.PublishedSet> published, Catalogue catalogue, Report report) {
    Set<Object> declared = new HashSet<>();
    Set<Integer> retired = new HashSet<>();
    boolean served = false;
    for (CodeSet set : checked.values()) {
      if (set.endpoint().equals(endpoint)) {
        served = true;
        for (DeclaredCode code : set.codes()) {
          declared.add(code.constantName());
          declared.add(code.code());
        }
        set.retired().forEach(number -> retired.add(number.code()));
      }
    }
    for (CompiledSet set : catalogue.endpointSets(endpoint)) {
      if (!checked.containsKey(set.set())) {
        served = true;
        for (CompiledSet.Code code : set.codes()) {
          declared.add(code.name());
          declared.add(code.code());
        }
        retired.addAll(set.retired());
      }
    }
    if (!served) {
      SortedSet<Integer> numbers = new TreeSet<>();
      SortedSet<String> manifests = new TreeSet<>();
      for (Baseline.PublishedSet set : published) {
        set.codes().forEach(code -> numbers.add(code.code()));
        numbers.addAll(set.retired());
        manifests.add(set.manifest());
      }
      report.add(
          Message.COMPAT_ENDPOINT_REMOVED,
          null,
          Catalogue.endpointName(endpoint),
          in(manifests),
          numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")));
      return;
    }
    Map<Gone, SortedSet<String>> gone =
        new TreeMap<>(
            Comparator.comparing(Gone::set).thenComparing(Gone::code).thenComparing(Gone::name));
    Map<Unretired, SortedSet<String>> unretired =
        new TreeMap<>(Comparator.comparing(Unretired::set).thenComparing(Unretired::code));
    for (Baseline.PublishedSet set : published) {
      for (Baseline.PublishedCode code : set.codes()) {
        if (!declared.contains(code.name())
            && !declared.contains(code.code())
            && !retired.contains(code.code())) {
          gone.computeIfAbsent(new Gone(set.name(), code.code(), code.name()), g -> new TreeSet<>())
              .add(set.manifest());
        }
      }
      for (int number : set.retired()) {
        if (!retired.contains(number)) {
          unretired
              .computeIfAbsent(new Unretired(set.name(), number), u -> new TreeSet<>())
              .add(set.manifest());
        }
      }
    }
    gone.forEach(
        (code, manifests) ->
            report.add(
                Message.COMPAT_REMOVED,
                origin(code.set(), catalogue),
                code.code(),
                code.set() + "." + code.name(),
                in(manifests)));
    unretired.forEach(
        (number, manifests) ->
            report.add(
                Message.COMPAT_UNRETIRED,
                origin(number.set(), catalogue),
                number.code(),
                number.set(),
                in(manifests)));
  }

  /** The interface of {@code set} in this module, or null where it has none any more. */
  private Element origin(String set, Catalogue catalogue) {
    CodeSet declared = checked.get(set);
    return declared != null ? declared.type() : catalogue.origin(set).orElse(null);
  }

  /**
   * The manifests that published a code matching {@code filter}, grouped by what {@code key} says
   * they published.
   */
  private static <K extends Comparable<K>> Map<K, SortedSet<String>> manifestsBy(
      List<Published> published, Predicate<Published> filter, Function<Published, K> key) {
    return published.stream()
        .filter(filter)
        .collect(
            groupingBy(
                key, TreeMap::new, mapping(p -> p.set().manifest(), toCollection(TreeSet::new))));
  }

  /** Names manifests as messages do: {@code the baseline a.json}, or {@code the baselines ...}. */
  static String in(Collection<String> manifests) {
    List<String> names = List.copyOf(manifests);
    if (names.size() == 1) {
      return "the baseline " + names.get(0);
    }
    return "the baselines "
        + String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  private static void onNumber(Report report, DeclaredCode code, Message message, Object... args) {
    report.addOn(message, code.method(), code.annotation(), code.value(), args);
  }

  /** A contract as messages show it, such as {@code BACKOFF not before 30 s}. */
  private static String contract(String kind, long notBeforeSeconds) {
    return notBeforeSeconds == 0 ? kind : kind + " not before " + notBeforeSeconds + " s";
  }

  private static String contract(ReconnectPolicy policy) {
    return contract(policy.kind().name(), policy.notBefore().toSeconds());
  }

  private static String placeholders(String reason) {
    return ReasonTemplate.parse(reason).placeholderNames().toString();
  }
}
