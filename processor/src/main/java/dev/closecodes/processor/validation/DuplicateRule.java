package dev.closecodes.processor.validation;

import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.DeclaredCode;
import java.util.HashMap;
import java.util.Map;

/**
 * A number is declared once in a compilation: within a set and across sets. It remembers every set
 * it has checked, so one instance serves the whole compilation, over all rounds.
 */
final class DuplicateRule {

  private final Map<Integer, DeclaredCode> declared = new HashMap<>();

  void check(CodeSet set, Report report) {
    for (DeclaredCode code : set.codes()) {
      DeclaredCode first = declared.putIfAbsent(code.code(), code);
      if (first != null) {
        report.addOn(Message.DUPLICATE, code.method(), code.annotation(), code.value(),
            code.code(), first.describe());
      }
    }
  }
}
