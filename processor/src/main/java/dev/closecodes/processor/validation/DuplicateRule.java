package dev.closecodes.processor.validation;

import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.CompiledSet;
import dev.closecodes.processor.model.DeclaredCode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A number is declared once per endpoint: within a set, across the sets of a compilation, and
 * against the sets compiled into modules on the class path. It remembers every set it has seen, so
 * one instance serves the whole compilation, over all rounds.
 */
final class DuplicateRule {

  private record Key(String endpoint, int code) {}

  /** Who declared each number first, as people read it. */
  private final Map<Key, String> declared = new HashMap<>();

  /** Records the sets of modules on the class path, which this compilation must not collide with. */
  void addCompiled(Collection<CompiledSet> sets) {
    for (CompiledSet set : sets) {
      for (int i = 0; i < set.codes().size(); i++) {
        declared.putIfAbsent(new Key(set.endpoint(), set.codes().get(i)),
            set.set() + "." + set.names().get(i) + ", compiled into a module on the class path");
      }
    }
  }

  void check(CodeSet set, Report report) {
    for (DeclaredCode code : set.codes()) {
      String first = declared.putIfAbsent(new Key(set.endpoint(), code.code()), code.describe());
      if (first != null) {
        String number = set.endpoint().isEmpty()
            ? String.valueOf(code.code())
            : code.code() + " of endpoint \"" + set.endpoint() + "\"";
        report.addOn(Message.DUPLICATE, code.method(), code.annotation(), code.value(),
            number, first);
      }
    }
  }
}
