package dk.parat.gate;

import java.util.List;

/** Whether one plan passed the gate for one checklist, and every reason it did not. */
public record GateResult(String checklist, boolean passed, List<String> failures, int waived) {

  public GateResult {
    failures = List.copyOf(failures);
  }
}
