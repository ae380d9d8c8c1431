package dk.parat.run;

import dk.parat.files.InputError;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.PlanResult;
import dk.parat.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;

/** Scores a plan again after something outside scoring changed its item verdicts (answers, waivers). */
final class Rescoring {

  /** A change to one item's verdict; it may find the input behind it broken. */
  @FunctionalInterface
  interface ItemChange {
    ItemResult apply(ItemResult item) throws InputError;
  }

  private Rescoring() {}

  static PlanResult rescore(PlanResult result, ItemChange change) throws InputError {
    List<ChecklistScore> scores = new ArrayList<>();
    for (ChecklistScore score : result.scores()) {
      List<ItemResult> items = new ArrayList<>();
      for (ItemResult item : score.items()) {
        items.add(change.apply(item));
      }
      scores.add(Scorer.score(score.checklist(), items));
    }
    return new PlanResult(result.plan(), scores);
  }
}
