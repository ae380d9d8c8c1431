package dk.parat.agreement;

import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.Status;
import dk.parat.checklist.Thresholds;
import dk.parat.files.InputError;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanLoader;
import dk.parat.scoring.ItemJudge;
import dk.parat.scoring.MatcherTable;
import dk.parat.scoring.PlanIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits each item's strength threshold (how much evidence covers an insight or guards a pitfall)
 * to labelled plans: every candidate from a small grid is tried on every plan and the one
 * that agrees best with the consultants is kept. An item keeps its current thresholds unless a
 * candidate agrees better by at least {@link #MARGIN} (two plans one step closer), so that the fit
 * follows the labels and not their noise.
 */
public final class Calibrator {

  /** How much better (in plans a step closer to the label) a candidate must be to replace the current thresholds. */
  static final double MARGIN = 2.0;
  private static final int[] INSIGHT_STRENGTHS = {0, 3, 4, 5, 6, 7};
  private static final int[] GUARD_STRENGTHS = {1, 2, 3, 4};

  /**
   * The thresholds chosen for one item.
   *
   * @param before the agreement with the current thresholds: plans, each counting 1 for the label,
   *     1/2 one step off, 0 two steps off
   * @param after the agreement with the chosen ones
   * @param calibrated whether the current thresholds already come from the checklist's calibration block
   */
  public record Choice(CompiledItem item, Thresholds chosen, double before, double after, int plans, boolean calibrated) {

    public boolean changed() {
      return !chosen.equals(item.thresholds());
    }

    /** Whether the checklist's calibration block is to hold this item: a new fit, or an earlier one kept. */
    public boolean written() {
      return changed() || calibrated;
    }
  }

  private final ChecklistSet checklists;
  private final MatcherTable table;

  public Calibrator(ChecklistSet checklists) {
    this.checklists = checklists;
    this.table = MatcherTable.of(checklists);
  }

  /** The best thresholds for every item of the run's first checklist on these plans. */
  public List<Choice> fit(List<LabelledPlan> plans) throws InputError {
    CompiledChecklist checklist = checklists.checklists().get(0);
    List<ItemJudge> judges = new ArrayList<>();
    PlanLoader loader = PlanLoader.standard();
    for (LabelledPlan labelled : plans) {
      Plan plan = loader.load(labelled.plan());
      judges.add(new ItemJudge(new PlanIndex(plan, checklists.analyzer(), checklists.lexicon(), table), checklists.lexicon()));
    }
    List<Choice> choices = new ArrayList<>();
    for (CompiledItem item : checklist.items()) {
      double current = agreement(item, item.thresholds(), plans, judges);
      Thresholds best = item.thresholds();
      double bestScore = current;
      for (Thresholds candidate : candidates(item)) {
        double score = agreement(item, candidate, plans, judges);
        if (score > bestScore + (best.equals(item.thresholds()) ? MARGIN : 1e-9)) {
          best = candidate;
          bestScore = score;
        }
      }
      int labelled = (int) plans.stream().filter(p -> p.labels().containsKey(item.id())).count();
      choices.add(new Choice(item, best, current, bestScore, labelled,
          checklist.checklist().calibration().items().containsKey(item.id())));
    }
    return choices;
  }

  /**
   * Only the strength is fitted: one sentence that addresses an insight concretely covers it, and
   * one clear red flag exposes a pitfall, as the scoring semantics say; how much vaguer evidence
   * adds up to the same is what the labels can tell.
   */
  private static List<Thresholds> candidates(CompiledItem item) {
    Thresholds now = item.thresholds();
    List<Thresholds> candidates = new ArrayList<>();
    for (int strength : item.item().kind().isPitfall() ? GUARD_STRENGTHS : INSIGHT_STRENGTHS) {
      candidates.add(new Thresholds(strength, now.strongMentions(), now.redFlags(), now.headingCredit()));
    }
    return candidates;
  }

  private static double agreement(CompiledItem item, Thresholds thresholds, List<LabelledPlan> plans,
      List<ItemJudge> judges) {
    CompiledItem variant = item.with(thresholds);
    double total = 0;
    for (int i = 0; i < plans.size(); i++) {
      Label label = plans.get(i).labels().get(item.id());
      if (label == null || label.consensus() == Status.NOT_APPLICABLE) {
        continue;
      }
      Status status = judges.get(i).judge(variant).status();
      if (status != Status.NOT_APPLICABLE) {
        total += 1 - Math.abs(label.consensus().level() - status.level()) / 2.0;
      }
    }
    return total;
  }
}
