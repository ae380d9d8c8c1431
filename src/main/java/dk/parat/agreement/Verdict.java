package dk.parat.agreement;

import dk.parat.checklist.ItemKind;
import dk.parat.checklist.Status;

/**
 * parat's verdict on one item of one labelled plan, beside the consultants' label.
 *
 * @param planWords how many words the plan holds, to tell thin plans
 * @param belowMiddleBand whether parat put the plan below the checklist's middle band
 */
public record Verdict(String plan, CorpusPart part, String item, ItemKind kind, String chapter, Label label,
    Status parat, int planWords, boolean belowMiddleBand) {

  /**
   * Credit where the consultants saw nothing: a mention, a guard or a red flag that parat found
   * and they did not (they say {@code missing} or {@code unclear}).
   */
  public boolean falseCredit() {
    Status said = label.consensus();
    return (said == Status.MISSING || said == Status.UNCLEAR) && parat != Status.MISSING && parat != Status.UNCLEAR;
  }
}
