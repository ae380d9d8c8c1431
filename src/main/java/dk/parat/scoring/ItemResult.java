package dk.parat.scoring;

import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.Status;
import dk.parat.checklist.Text;
import dk.parat.plan.Waiver;
import java.util.List;

/**
 * The verdict on one item for one plan.
 *
 * @param weight the item's weight in the plan's context
 * @param evidence the spans the status rests on, strongest first
 * @param notCounted mentions that were found but not counted (negated), shown so the
 *     consultant can check them
 * @param notApplicableReason why the item was set aside, when it was
 * @param waiver an accepted risk declared for the item, or null
 * @param waiverActive whether the waiver holds today (it may have expired)
 */
public record ItemResult(CompiledItem item, Status status, double weight, List<Evidence> evidence,
    List<Evidence> notCounted, Text notApplicableReason, Waiver waiver, boolean waiverActive) {

  public ItemResult {
    evidence = List.copyOf(evidence);
    notCounted = List.copyOf(notCounted);
  }

  public ItemResult(CompiledItem item, Status status, double weight, List<Evidence> evidence, List<Evidence> notCounted,
      Text notApplicableReason) {
    this(item, status, weight, evidence, notCounted, notApplicableReason, null, false);
  }

  public ItemResult withWaiver(Waiver waiver, boolean active) {
    return new ItemResult(item, status, weight, evidence, notCounted, notApplicableReason, waiver, active);
  }

  /** A gap someone has accepted, for now. */
  public boolean waived() {
    return waiver != null && waiverActive && status.isGap();
  }

  public boolean applicable() {
    return status != Status.NOT_APPLICABLE;
  }

  public double score() {
    return status.score();
  }
}
