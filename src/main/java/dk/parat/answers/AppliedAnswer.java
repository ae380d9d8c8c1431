package dk.parat.answers;

import dk.parat.checklist.Status;

/**
 * An answer as it stands on an item's verdict in a report.
 *
 * @param found the status parat found on its own, shown next to the consultant's
 * @param stale whether the plan changed after the answer was given, so the answer may no longer hold
 */
public record AppliedAnswer(Answer answer, Status found, boolean stale) {

  /** Whether the consultant set a status other than parat's. */
  public boolean changesStatus() {
    return answer.status() != null && answer.status() != found;
  }
}
