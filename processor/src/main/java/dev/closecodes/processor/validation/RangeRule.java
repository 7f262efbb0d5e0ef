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
 * Codes belong in 4000-4999, or 3000-3999 where a set opts in to the registered range; so do the
 * numbers a set retired, which its clients know as its own. A number that a stack on the class path
 * sends itself is worth a warning.
 */
final class RangeRule {

  /** Why a number is out of range: the message and its arguments. */
  private record OutOfRange(Message message, Object... args) {}

  void check(CodeSet set, Report report) {
    for (DeclaredCode code : set.codes()) {
      int number = code.code();
      Optional<OutOfRange> outOfRange = outOfRange(number, set.registeredRange());
      if (outOfRange.isPresent()) {
        report(report, code, outOfRange.get().message(), outOfRange.get().args());
      } else if (CloseCodeRange.of(number) == CloseCodeRange.REGISTERED) {
        report(report, code, Message.REGISTER_WITH_IANA, number);
      } else if (!code.sharedWith().isEmpty()) {
        report(
            report,
            code,
            Message.SHARED_WITH_STACK,
            number,
            String.join(" and ", code.sharedWith().stream().map(FrameworkCode::describe).toList()));
      }
    }
    for (CodeSet.Retired retired : set.retired()) {
      outOfRange(retired.code(), set.registeredRange())
          .ifPresent(
              why ->
                  report.addOn(
                      why.message(), set.type(), set.annotation(), retired.value(), why.args()));
    }
  }

  /** Why a set may not use {@code number}, unless it is in 4000-4999 or 3000-3999 opted in. */
  private static Optional<OutOfRange> outOfRange(int number, boolean registeredRange) {
    if (number < 0 || number > 65535) {
      return Optional.of(new OutOfRange(Message.RANGE_16_BIT, number));
    }
    CloseCodeRange range = CloseCodeRange.of(number);
    Optional<StandardCloseCode> standard = StandardCloseCode.find(number);
    if (standard.isPresent()) {
      return Optional.of(
          new OutOfRange(
              Message.RANGE_STANDARD, number, standard.get().ianaName(), standard.get().name()));
    }
    if (range == CloseCodeRange.REGISTERED && !registeredRange) {
      return Optional.of(new OutOfRange(Message.RANGE_REGISTERED, number));
    }
    if (range != CloseCodeRange.REGISTERED && range != CloseCodeRange.APPLICATION) {
      return Optional.of(new OutOfRange(Message.RANGE, number, range.span(), range.description()));
    }
    return Optional.empty();
  }

  private static void report(Report report, DeclaredCode code, Message message, Object... args) {
    report.addOn(message, code.method(), code.annotation(), code.value(), args);
  }
}
