package dk.parat.gate;

import java.util.List;

/** Whether one plan passed the gate for one checklist, and every reason it did not. */
public record GateResult(String checklist, boolean passed, List<GateFailure> reasons, int waived) {

  public GateResult {
    reasons = List.copyOf(reasons);
  }

  /** The reasons in English, as messages and machine formats give them. */
  public List<String> failures() {
    return reasons.stream().map(GateFailure::english).toList();
  }
}
