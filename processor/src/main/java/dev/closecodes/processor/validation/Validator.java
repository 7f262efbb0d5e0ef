package dev.closecodes.processor.validation;

import dev.closecodes.processor.baseline.Baseline;
import dev.closecodes.processor.diagnostics.Message;
import dev.closecodes.processor.diagnostics.Report;
import dev.closecodes.processor.model.Catalogue;
import dev.closecodes.processor.model.CodeSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks sets against every rule. One instance serves a whole compilation, because numbers and
 * generated type names must be unique across all of its sets.
 */
public final class Validator {

  private final ShapeRule shape = new ShapeRule();
  private final RangeRule range = new RangeRule();
  private final ReasonRule reason = new ReasonRule();
  private final ReconnectRule reconnect = new ReconnectRule();
  private final EndpointRule endpoints = new EndpointRule();
  private CompatibilityRule compatibility;
  private final NameRule names;

  /**
   * @param sourceTypes the qualified names of the top-level types written by hand in this
   *     compilation, which a generated type must not replace; the set may grow between rounds
   * @param elements the compiler's elements, which say what a generated name would hide
   */
  public Validator(Set<String> sourceTypes, Elements elements) {
    this.names = new NameRule(sourceTypes, elements);
  }

  /**
   * Records the sets compiled before this compilation, which the sets of this compilation must not
   * collide with: this module's own from earlier compilations, and other modules' on the class
   * path.
   */
  public void addCompiled(Catalogue catalogue) {
    endpoints.addCompiled(catalogue.earlier(), "");
    endpoints.addCompiled(catalogue.classPath(), ", compiled into a module on the class path");
  }

  /** Says that these sets are compiled now, before any of them is validated. */
  public void recompiling(Collection<String> sets) {
    sets.forEach(endpoints::recompiling);
  }

  /**
   * Checks where this round's annotations sit.
   *
   * @return the interfaces annotated {@code @CloseCodes}, each a set to read and validate
   */
  public List<TypeElement> declaredSets(RoundEnvironment round, Report report) {
    return PlacementRule.check(round, report);
  }

  /**
   * Reports a set that still mentions a type no round produced, with whatever else is wrong with it
   * where it could be read, so that one build shows every problem.
   */
  public void neverResolved(TypeElement type, Optional<CodeSet> read, Report report) {
    report.add(Message.UNRESOLVED_TYPE, type, type.getQualifiedName());
    read.ifPresent(set -> report.addAll(validate(set)));
  }

  /**
   * Checks every set, from now on, against the codes {@code baseline} published and the numbers it
   * retired.
   */
  public void useBaseline(Baseline baseline) {
    compatibility = new CompatibilityRule(baseline);
    endpoints.addBaseline(baseline);
  }

  /**
   * Once every set is known, reports each code the baseline published that is gone and not retired,
   * and each retirement it published that no set lists any more.
   */
  public void checkRemovals(Catalogue catalogue, Report report) {
    if (compatibility != null) {
      compatibility.checkRemovals(catalogue, report);
    }
  }

  /** Checks {@code set}; the report holds every problem found, in source order per rule. */
  public Report validate(CodeSet set) {
    Report report = new Report();
    shape.check(set, report);
    range.check(set, report);
    reason.check(set, report);
    reconnect.check(set, report);
    names.check(set, report);
    endpoints.check(set, report);
    if (compatibility != null) {
      compatibility.check(set, report);
    }
    return report;
  }
}
