package dev.closecodes.processor.validation;

import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.CompiledSet;
import dev.closecodes.processor.model.DeclaredCode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A number is declared once per endpoint: within a set, across the sets of a compilation, against
 * the sets this module compiled earlier, and against the sets compiled into modules on the class
 * path. It remembers every set it has seen, so one instance serves the whole compilation, over all
 * rounds. A set compiled now replaces what its own marker recorded of it.
 */
final class DuplicateRule {

  private record Key(String endpoint, int code) {}

  /** Who declared a number: the set, and the declaration as people read it. */
  private record Claim(String set, String declaration, boolean fromMarker) {}

  private final Map<Key, Claim> declared = new HashMap<>();

  /**
   * Records compiled sets, which this compilation must not collide with.
   *
   * @param where how messages say where they were compiled, such as {@code ", compiled into a
   *     module on the class path"}, or {@code ""}
   */
  void addCompiled(Collection<CompiledSet> sets, String where) {
    for (CompiledSet set : sets) {
      for (CompiledSet.Code code : set.codes()) {
        declared.putIfAbsent(new Key(set.endpoint(), code.code()),
            new Claim(set.set(), set.set() + "." + code.name() + where, true));
      }
    }
  }

  /** Forgets what the markers recorded of {@code set}, which is being compiled anew. */
  void recompiling(String set) {
    declared.values().removeIf(claim -> claim.fromMarker() && claim.set().equals(set));
  }

  void check(CodeSet set, Report report) {
    for (DeclaredCode code : set.codes()) {
      Claim first = declared.putIfAbsent(new Key(set.endpoint(), code.code()),
          new Claim(set.describe(), code.describe(), false));
      if (first != null) {
        String number = set.endpoint().isEmpty()
            ? String.valueOf(code.code())
            : code.code() + " of endpoint \"" + set.endpoint() + "\"";
        report.addOn(Message.DUPLICATE, code.method(), code.annotation(), code.value(),
            number, first.declaration());
      }
    }
  }
}
