package dev.closecodes.processor.validation;

import dev.closecodes.Reconnect;
import dev.closecodes.processor.diagnostics.Message;
import dev.closecodes.processor.diagnostics.Report;
import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.DeclaredCode;
import dev.closecodes.runtime.ReconnectPolicy;

/**
 * What a client does after each code is one of the meanings a client knows: a set names a default
 * of its own, and a minimum delay goes only with a reconnect that waits, and lasts a day at most.
 */
final class ReconnectRule {

  private static final long MAX_NOT_BEFORE_SECONDS = ReconnectPolicy.MAX_NOT_BEFORE.toSeconds();

  void check(CodeSet set, Report report) {
    if (set.reconnect() == Reconnect.DEFAULT) {
      report.addOn(
          Message.RECONNECT_SET_DEFAULT, set.type(), set.annotation(), set.reconnectValue());
    }
    for (DeclaredCode code : set.codes()) {
      int notBefore = code.notBeforeSeconds();
      if (notBefore < 0 || notBefore > MAX_NOT_BEFORE_SECONDS) {
        report.addOn(
            Message.RECONNECT_NOT_BEFORE_RANGE,
            code.method(),
            code.annotation(),
            code.notBeforeValue(),
            notBefore,
            code.describe(),
            MAX_NOT_BEFORE_SECONDS);
      } else if (notBefore > 0
          && (code.reconnect() == Reconnect.NEVER || code.reconnect() == Reconnect.AT_ONCE)) {
        report.addOn(
            Message.RECONNECT_NOT_BEFORE_CONTRADICTS,
            code.method(),
            code.annotation(),
            code.notBeforeValue(),
            notBefore,
            code.describe(),
            code.reconnect(),
            code.reconnectValue() == null ? " (the set's default)" : "");
      }
    }
  }
}
