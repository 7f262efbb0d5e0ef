package dev.closecodes.processor.validation;

import dev.closecodes.processor.diagnostics.Message;
import dev.closecodes.processor.diagnostics.Report;
import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.DeclaredCode;
import dev.closecodes.processor.model.ReasonTemplate;
import dev.closecodes.runtime.ReasonText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/**
 * A reason must fit a close frame and be encodable; its placeholders must match the method's
 * parameters one to one.
 */
final class ReasonRule {

  void check(CodeSet set, Report report) {
    for (DeclaredCode code : set.codes()) {
      checkText(code, report);
      checkPlaceholders(code, report);
    }
  }

  private static void checkText(DeclaredCode code, Report report) {
    ReasonTemplate template = code.template();
    int bytes = ReasonText.utf8Length(template.fixedText());
    if (bytes > ReasonText.MAX_BYTES) {
      Message message =
          template.isConstant() ? Message.REASON_TOO_LONG : Message.REASON_FIXED_TEXT_TOO_LONG;
      onReason(report, code, message, bytes, bytes - ReasonText.MAX_BYTES);
    }
    int unpaired = ReasonText.indexOfUnpairedSurrogate(template.source());
    if (unpaired >= 0) {
      onReason(
          report,
          code,
          Message.REASON_UNPAIRED_SURROGATE,
          (int) template.source().charAt(unpaired),
          unpaired);
    }
  }

  private static void checkPlaceholders(DeclaredCode code, Report report) {
    ReasonTemplate template = code.template();
    for (ReasonTemplate.Problem problem : template.problems()) {
      onReason(report, code, Message.PLACEHOLDER_SYNTAX, problem.found(), problem.index());
    }
    List<? extends VariableElement> parameters = code.method().getParameters();
    Set<String> names =
        parameters.stream()
            .map(parameter -> parameter.getSimpleName().toString())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> used = new LinkedHashSet<>(template.placeholderNames());
    for (String name : used) {
      if (!names.contains(name)) {
        String known =
            names.isEmpty()
                ? "the method has no parameters"
                : "its parameters are " + String.join(", ", names);
        onReason(report, code, Message.PLACEHOLDER_UNKNOWN, name, code.describe(), known);
      }
    }
    for (VariableElement parameter : parameters) {
      String name = parameter.getSimpleName().toString();
      if (parameter.asType().getKind() == TypeKind.ARRAY) {
        report.add(Message.PARAMETER_ARRAY, parameter, name);
      } else if (!used.contains(name) && template.problems().isEmpty()) {
        report.add(Message.PARAMETER_UNUSED, parameter, name, name);
      }
    }
  }

  private static void onReason(Report report, DeclaredCode code, Message message, Object... args) {
    report.addOn(message, code.method(), code.annotation(), code.reasonValue(), args);
  }
}
