package dev.closecodes.processor.validation;

import dev.closecodes.CloseCodes;
import dev.closecodes.processor.diagnostics.Message;
import dev.closecodes.processor.diagnostics.Report;
import dev.closecodes.processor.model.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * The annotations sit where they take effect: {@code @CloseCodes} on interfaces, {@code @Code} in
 * them. Checked on each round's elements, before any set is read.
 */
final class PlacementRule {

  /** Reports misplaced annotations; returns the interfaces annotated {@code @CloseCodes}. */
  static List<TypeElement> check(RoundEnvironment round, Report report) {
    for (Element method : round.getElementsAnnotatedWith(dev.closecodes.Code.class)) {
      Element owner = method.getEnclosingElement();
      if (AnnotationMirrors.find(owner, CloseCodes.class).isEmpty()) {
        report.add(
            Message.ORPHAN_CODE, method, method.getSimpleName() + "()", owner.getSimpleName());
      }
    }
    List<TypeElement> sets = new ArrayList<>();
    for (Element element : round.getElementsAnnotatedWith(CloseCodes.class)) {
      if (element instanceof TypeElement type && type.getKind() == ElementKind.INTERFACE) {
        sets.add(type);
      } else {
        report.add(Message.NOT_AN_INTERFACE, element, element.getSimpleName(), kindOf(element));
      }
    }
    return sets;
  }

  private static String kindOf(Element element) {
    String kind = element.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }
}
