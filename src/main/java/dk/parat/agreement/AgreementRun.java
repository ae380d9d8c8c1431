package dk.parat.agreement;

import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.Status;
import dk.parat.files.InputError;
import dk.parat.plan.PlanLoader;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores labelled plans and pairs each of parat's verdicts with the consultants' label. Items
 * parat sets aside for the plan's declared context are left out, as are items without a label.
 */
public final class AgreementRun {

  private final Scorer scorer;
  private final PlanLoader loader;

  public AgreementRun(ChecklistSet checklists) {
    this.scorer = new Scorer(checklists);
    this.loader = PlanLoader.standard();
  }

  public List<Verdict> verdicts(List<LabelledPlan> plans) throws InputError {
    List<Verdict> verdicts = new ArrayList<>();
    for (LabelledPlan labelled : plans) {
      ChecklistScore score = scorer.score(loader.load(labelled.plan())).scores().get(0);
      for (ItemResult r : score.items()) {
        Label label = labelled.labels().get(r.item().id());
        if (label == null || r.status() == Status.NOT_APPLICABLE || label.consensus() == Status.NOT_APPLICABLE) {
          continue;
        }
        verdicts.add(new Verdict(labelled.name(), labelled.part(), r.item().id(), r.item().item().kind(),
            r.item().chapter().id(), label, r.status()));
      }
    }
    return verdicts;
  }
}
