package dev.closecodes.processor.validation;

import dev.closecodes.processor.model.CodeSet;
import java.util.Set;

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
   */
  public Validator(Set<String> sourceTypes) {
    this.names = new NameRule(sourceTypes);
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
