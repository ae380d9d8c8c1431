package dk.parat.scoring;

import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.Status;
import dk.parat.checklist.Text;
import java.util.List;

/**
 * The verdict on one item for one plan.
 *
 * @param weight the item's weight in the plan's context
 * @param evidence the spans the status rests on, strongest first
 * @param notCounted mentions that were found but not counted (negated), shown so the
 *     consultant can check them
 * @param notApplicableReason why the item was set aside, when it was
 */
public record ItemResult(CompiledItem item, Status status, double weight, List<Evidence> evidence,
    List<Evidence> notCounted, Text notApplicableReason) {

  public ItemResult {
    evidence = List.copyOf(evidence);
    notCounted = List.copyOf(notCounted);
  }

  public boolean applicable() {
    return status != Status.NOT_APPLICABLE;
  }

  public double score() {
    return status.score();
  }
}
