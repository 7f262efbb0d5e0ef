package dev.closecodes.processor.validation;

import dev.closecodes.processor.diagnostics.Message;
import dev.closecodes.processor.diagnostics.Report;
import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.DeclaredCode;
import dev.closecodes.processor.model.FrameworkCode;
import dev.closecodes.runtime.CloseCodeRange;
import dev.closecodes.runtime.StandardCloseCode;
import java.util.Optional;

/**
 * Codes belong in 4000-4999, or 3000-3999 where a set opts in to the registered range; and a number
 * that a stack on the class path sends itself is worth a warning.
 */
final class RangeRule {

  void check(CodeSet set, Report report) {
    for (DeclaredCode code : set.codes()) {
      int number = code.code();
      if (number < 0 || number > 65535) {
        report(report, code, Message.RANGE_16_BIT, number);
        continue;
      }
      CloseCodeRange range = CloseCodeRange.of(number);
      Optional<StandardCloseCode> standard = StandardCloseCode.find(number);
      if (standard.isPresent()) {
        report(
            report,
            code,
            Message.RANGE_STANDARD,
            number,
            standard.get().ianaName(),
            standard.get().name());
      } else if (range == CloseCodeRange.REGISTERED) {
        report(
            report,
            code,
            set.registeredRange() ? Message.REGISTER_WITH_IANA : Message.RANGE_REGISTERED,
            number);
      } else if (range != CloseCodeRange.APPLICATION) {
        report(report, code, Message.RANGE, number, range.span(), range.description());
      } else if (!code.sharedWith().isEmpty()) {
        report(
            report,
            code,
            Message.SHARED_WITH_STACK,
            number,
            String.join(" and ", code.sharedWith().stream().map(FrameworkCode::describe).toList()));
      }
    }
  }

  private static void report(Report report, DeclaredCode code, Message message, Object... args) {
    report.addOn(message, code.method(), code.annotation(), code.value(), args);
  }
}
