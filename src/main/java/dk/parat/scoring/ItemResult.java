package dk.parat.scoring;

import dk.parat.answers.Answer;
import dk.parat.answers.AppliedAnswer;
import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.Status;
import dk.parat.checklist.Text;
import dk.parat.waiver.Waiver;
import java.util.List;

/**
 * The verdict on one item for one plan.
 *
 * @param status the verdict that counts: the consultant's when an interview answer set one, else parat's
 * @param weight the item's weight in the plan's context
 * @param evidence the spans parat's own verdict rests on, strongest first
 * @param notCounted mentions that were found but not counted (negated), shown so the
 *     consultant can check them
 * @param notApplicableReason why parat set the item aside, when it did (null when the consultant did)
 * @param waiver an accepted risk declared for the item, or null
 * @param waiverActive whether the waiver holds today (it may have expired)
 * @param answer the consultant's answer with parat's own status beside it, or null
 */
public record ItemResult(CompiledItem item, Status status, double weight, List<Evidence> evidence,
    List<Evidence> notCounted, Text notApplicableReason, Waiver waiver, boolean waiverActive, AppliedAnswer answer) {

  public ItemResult {
    evidence = List.copyOf(evidence);
    notCounted = List.copyOf(notCounted);
  }

  public ItemResult(CompiledItem item, Status status, double weight, List<Evidence> evidence, List<Evidence> notCounted,
      Text notApplicableReason) {
    this(item, status, weight, evidence, notCounted, notApplicableReason, null, false, null);
  }

  public ItemResult withWaiver(Waiver waiver, boolean active) {
    return new ItemResult(item, status, weight, evidence, notCounted, notApplicableReason, waiver, active, answer);
  }

  /**
   * This verdict with the consultant's answer: their status, when they gave one, replaces
   * parat's, which the answer keeps so reports can show both.
   */
  public ItemResult withAnswer(Answer given, boolean stale) {
    Status consultant = given.status() == null ? status : given.status();
    // parat's reason for setting the item aside no longer explains a status the consultant chose.
    Text reason = consultant == Status.NOT_APPLICABLE && status == Status.NOT_APPLICABLE ? notApplicableReason : null;
    return new ItemResult(item, consultant, weight, evidence, notCounted, reason, waiver, waiverActive,
        new AppliedAnswer(given, status, stale));
  }

  /** The status parat found on its own, before any answer. */
  public Status foundStatus() {
    return answer == null ? status : answer.found();
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
