package dev.closecodes.processor.validation;

import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.Catalogue;
import java.util.Collection;
import java.util.Set;
import javax.lang.model.util.Elements;

/**
 * Checks sets against every rule. One instance serves a whole compilation, because numbers and
 * generated type names must be unique across all of its sets.
 */
public final class Validator {

  private final ShapeRule shape = new ShapeRule();
  private final RangeRule range = new RangeRule();
  private final ReasonRule reason = new ReasonRule();
  private final DuplicateRule duplicates = new DuplicateRule();
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
   * collide with: this module's own from earlier compilations, and other modules' on the class path.
   */
  public void addCompiled(Catalogue catalogue) {
    duplicates.addCompiled(catalogue.earlier(), "");
    duplicates.addCompiled(catalogue.classPath(), ", compiled into a module on the class path");
  }

  /** Says that these sets are compiled now, before any of them is validated. */
  public void recompiling(Collection<String> sets) {
    sets.forEach(duplicates::recompiling);
  }

  /** Checks {@code set}; the report holds every problem found, in source order per rule. */
  public Report validate(CodeSet set) {
    Report report = new Report();
    shape.check(set, report);
    range.check(set, report);
    reason.check(set, report);
    names.check(set, report);
    duplicates.check(set, report);
    return report;
  }
}
