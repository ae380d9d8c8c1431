package dk.parat.agreement;

import dk.parat.checklist.Band;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.Status;
import dk.parat.files.InputError;
import dk.parat.plan.Plan;
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

  public AgreementRun(ChecklistSet checklists) throws InputError {
    this.scorer = new Scorer(checklists);
    this.loader = PlanLoader.standard();
  }

  public List<Verdict> verdicts(List<LabelledPlan> plans) throws InputError {
    List<Verdict> verdicts = new ArrayList<>();
    for (LabelledPlan labelled : plans) {
      Plan plan = loader.load(labelled.plan());
      verdicts.addAll(verdicts(labelled, plan.words(), scorer.score(plan).scores().get(0)));
    }
    return verdicts;
  }

  /** Each of parat's verdicts in this score of a labelled plan of so many words, with the consultants' label. */
  static List<Verdict> verdicts(LabelledPlan labelled, int words, ChecklistScore score) {
    List<Verdict> verdicts = new ArrayList<>();
    List<Band> bands = score.checklist().checklist().bands();
    boolean belowMiddle = bands.indexOf(score.band()) > bands.size() / 2;
    for (ItemResult r : score.items()) {
      Label label = labelled.labels().get(r.item().id());
      if (label == null || r.status() == Status.NOT_APPLICABLE || label.consensus() == Status.NOT_APPLICABLE) {
        continue;
      }
      verdicts.add(new Verdict(labelled.name(), labelled.part(), r.item().id(), r.item().item().kind(),
          r.item().chapter().id(), label, r.status(), words, belowMiddle));
    }
    return verdicts;
  }
}
