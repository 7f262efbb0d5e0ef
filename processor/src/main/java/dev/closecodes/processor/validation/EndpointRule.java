package dev.closecodes.processor.validation;

import dev.closecodes.processor.baseline.Baseline;
import dev.closecodes.processor.diagnostics.Message;
import dev.closecodes.processor.diagnostics.Report;
import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.CompiledSet;
import dev.closecodes.processor.model.DeclaredCode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything an endpoint shares across its sets is unique in it: a number means one code to the
 * endpoint's clients, and a constant's name is one key of its client bindings. Both are checked
 * within a set, across the sets of a compilation, against the sets this module compiled earlier,
 * and against the sets compiled into modules on the class path. One instance serves the whole
 * compilation, over all rounds; a set compiled now replaces what its own marker recorded of it.
 * Names clash even with {@code -Aclosecodes.bindings=set}, which writes files per set: validity
 * does not depend on how the bindings are grouped, and the endpoint's clients still see all sets.
 */
final class EndpointRule {

  /**
   * A number or name within an endpoint. Its {@code equals} and {@code hashCode} are written out: a
   * record's own bootstrap {@code java.lang.runtime.ObjectMethods}, which costs a cold javac about
   * 15 ms that nothing else in the compilation needs.
   *
   * @param <V> {@code Integer} for a number, {@code String} for a constant's name
   */
  private record Key<V>(String endpoint, V value) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key<?> key
          && endpoint.equals(key.endpoint)
          && value.equals(key.value);
    }

    @Override
    public int hashCode() {
      return 31 * endpoint.hashCode() + value.hashCode();
    }
  }

  /** Who declared a number or name: the set, and the declaration as people read it. */
  private record Claim(String set, String declaration, boolean fromMarker) {}

  private final Map<Key<Integer>, Claim> numbers = new HashMap<>();
  private final Map<Key<String>, Claim> names = new HashMap<>();

  /** The numbers retired, each by the set that retired it first. */
  private final Map<Key<Integer>, Claim> retired = new HashMap<>();

  /** The numbers the baseline's sets retired, each with the sets and manifests that did. */
  private final Map<Key<Integer>, Claim> retiredInBaseline = new HashMap<>();

  /**
   * Records compiled sets, which this compilation must not collide with.
   *
   * @param where how messages say where they were compiled, such as {@code ", compiled into a
   *     module on the class path"}, or {@code ""}
   */
  void addCompiled(Collection<CompiledSet> sets, String where) {
    for (CompiledSet set : sets) {
      for (CompiledSet.Code code : set.codes()) {
        Claim claim = new Claim(set.set(), set.set() + "." + code.name() + where, true);
        numbers.putIfAbsent(new Key<>(set.endpoint(), code.code()), claim);
        names.putIfAbsent(new Key<>(set.endpoint(), code.name()), claim);
      }
      for (int number : set.retired()) {
        retired.putIfAbsent(
            new Key<>(set.endpoint(), number), new Claim(set.set(), set.set() + where, true));
      }
    }
  }

  /** Records the numbers that the baseline's sets retired, which no set may declare again. */
  void addBaseline(Baseline baseline) {
    Map<Key<Integer>, SortedMap<String, SortedSet<String>>> manifestsBySet = new HashMap<>();
    for (Baseline.PublishedSet set : baseline.sets()) {
      for (int number : set.retired()) {
        manifestsBySet
            .computeIfAbsent(new Key<>(set.endpoint(), number), key -> new TreeMap<>())
            .computeIfAbsent(set.name(), name -> new TreeSet<>())
            .add(set.manifest());
      }
    }
    manifestsBySet.forEach(
        (key, sets) -> {
          String declaration =
              sets.entrySet().stream()
                  .map(set -> set.getKey() + " in " + CompatibilityRule.in(set.getValue()))
                  .collect(Collectors.joining(" and "));
          retiredInBaseline.put(key, new Claim(sets.firstKey(), declaration, false));
        });
  }

  /** Forgets what the markers recorded of {@code set}, which is being compiled anew. */
  void recompiling(String set) {
    for (Map<? extends Key<?>, Claim> claims : List.of(numbers, names, retired)) {
      claims.values().removeIf(claim -> claim.fromMarker() && claim.set().equals(set));
    }
  }

  /**
   * Checks {@code set} against every set seen before it, both ways, so that the outcome does not
   * depend on which of two sets comes first: its codes against the numbers others retired, and the
   * numbers it retires against the codes others declare.
   */
  void check(CodeSet set, Report report) {
    for (CodeSet.Retired number : set.retired()) {
      Key<Integer> key = new Key<>(set.endpoint(), number.code());
      Claim earlier = retired.putIfAbsent(key, new Claim(set.describe(), set.describe(), false));
      if (earlier != null) {
        report.addOn(
            Message.RETIRED_TWICE,
            set.type(),
            set.annotation(),
            number.value(),
            number.code(),
            earlier.declaration());
      }
      Claim declared = numbers.get(key);
      if (declared != null && !declared.set().equals(set.describe())) {
        report.addOn(
            Message.RETIRED_IN_USE,
            set.type(),
            set.annotation(),
            number.value(),
            number.code(),
            declared.declaration());
      }
    }
    for (DeclaredCode code : set.codes()) {
      Key<Integer> key = new Key<>(set.endpoint(), code.code());
      Claim retirement = retired.getOrDefault(key, retiredInBaseline.get(key));
      if (retirement != null) {
        report.addOn(
            Message.RETIRED,
            code.method(),
            code.annotation(),
            code.value(),
            describeNumber(set, code),
            retirement.declaration());
      }
      Claim claim = new Claim(set.describe(), code.describe(), false);
      Claim number = numbers.putIfAbsent(key, claim);
      if (number != null) {
        report.addOn(
            Message.DUPLICATE,
            code.method(),
            code.annotation(),
            code.value(),
            describeNumber(set, code),
            number.declaration());
      }
      Claim name = names.putIfAbsent(new Key<>(set.endpoint(), code.constantName()), claim);
      // Two methods of one set that become one constant are the set's own clash (NameRule).
      if (name != null && !name.set().equals(set.describe())) {
        report.add(
            Message.ENDPOINT_CONSTANT_CLASH,
            code.method(),
            code.constantName(),
            endpointName(set),
            name.declaration());
      }
    }
  }

  private static String describeNumber(CodeSet set, DeclaredCode code) {
    return set.endpoint().isEmpty()
        ? String.valueOf(code.code())
        : code.code() + " of endpoint \"" + set.endpoint() + "\"";
  }

  private static String endpointName(CodeSet set) {
    return set.endpoint().isEmpty()
        ? "the default endpoint"
        : "endpoint \"" + set.endpoint() + "\"";
  }
}
