package dk.parat.scoring;

import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.Status;
import dk.parat.checklist.Text;
import dk.parat.waiver.Waiver;
import java.util.List;

/**
 * The verdict on one item for one plan.
 *
 * @param status the verdict that counts: parat's own, or one set over it (a consultant's answer)
 * @param weight the item's weight in the plan's context
 * @param evidence the spans parat's own verdict rests on, strongest first
 * @param notCounted mentions that were found but not counted (negated), shown so the
 *     consultant can check them
 * @param notApplicableReason why the item is set aside, when parat set it aside (null otherwise)
 * @param waiver an accepted risk declared for the item, or null
 * @param waiverActive whether the waiver holds today (it may have expired)
 * @param foundStatus the status parat found on its own, whatever was set over it
 */
public record ItemResult(CompiledItem item, Status status, double weight, List<Evidence> evidence,
    List<Evidence> notCounted, Text notApplicableReason, Waiver waiver, boolean waiverActive, Status foundStatus) {

  public ItemResult {
    evidence = List.copyOf(evidence);
    notCounted = List.copyOf(notCounted);
  }

  public ItemResult(CompiledItem item, Status status, double weight, List<Evidence> evidence, List<Evidence> notCounted,
      Text notApplicableReason) {
    this(item, status, weight, evidence, notCounted, notApplicableReason, null, false, status);
  }

  public ItemResult withWaiver(Waiver waiver, boolean active) {
    return new ItemResult(item, status, weight, evidence, notCounted, notApplicableReason, waiver, active, foundStatus);
  }

  /** This verdict with a status set over parat's own, which stays as {@link #foundStatus()}. */
  public ItemResult withStatus(Status counted, Text reason) {
    return new ItemResult(item, counted, weight, evidence, notCounted, reason, waiver, waiverActive, foundStatus);
  }

  /** A gap someone has accepted, for now. */
  public boolean waived() {
    return waiver != null && waiverActive && status.isGap();
  }

  /**
   * Whether the plan contradicts itself on this pitfall: it guards against it in one place and
   * shows a red flag in another, so the verdict is unclear and both sides are quoted.
   */
  public boolean contradicts() {
    return status == Status.UNCLEAR && evidence.stream().anyMatch(e -> e.role() == Evidence.Role.RED_FLAG)
        && evidence.stream().anyMatch(e -> e.role() == Evidence.Role.SUPPORT);
  }

  public boolean applicable() {
    return status != Status.NOT_APPLICABLE;
  }

  public double score() {
    return status.score();
  }
}
