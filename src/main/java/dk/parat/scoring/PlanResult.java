package dk.parat.scoring;

import dk.parat.plan.Plan;
import java.util.List;

/** A plan and its scores against each checklist of the run. */
public record PlanResult(Plan plan, List<ChecklistScore> scores) {

  public PlanResult {
    scores = List.copyOf(scores);
  }
}
