package dk.parat.portfolio;

import dk.parat.checklist.Status;
import dk.parat.gate.GateResult;
import dk.parat.plan.Plan;
import dk.parat.report.Numbers;
import dk.parat.run.Run;
import dk.parat.scoring.ChapterScore;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.ItemResult;
import java.util.List;

/**
 * The little a portfolio keeps of one scored plan for its aggregates, a few hundred bytes,
 * instead of the plan, its evidence and its verdicts.
 *
 * @param folder the folder the plan lies in, as named
 * @param group the value of the front-matter field the portfolio is grouped by, or null
 * @param report the plan's HTML report, relative to the output folder
 * @param answersFile the answers file whose answers counted on the plan, or null
 * @param waivers how many waivers were attached to the plan's items, active or expired
 * @param scores one per checklist of the run, in the run's order
 */
public record PlanSummary(String path, String title, String municipality, String technology, String phase,
    String folder, String group, String report, String answersFile, int waivers, List<Score> scores) {

  public PlanSummary {
    scores = List.copyOf(scores);
  }

  /**
   * The plan against one checklist.
   *
   * @param overall the overall score, rounded to two decimals as the reports show it
   * @param chapters each chapter's score in the checklist's order, NaN where no item applies
   * @param firstBarrier the id of the first chapter below its minimum, or null
   * @param topGaps the ids of the three most urgent gaps
   * @param statuses each item's {@link Status}, by ordinal, in the checklist's order
   * @param gatePassed whether the plan passed the gate, null when no gate is set
   */
  public record Score(double overall, String band, double[] chapters, int exposed, int missing, int partial,
      String firstBarrier, List<String> topGaps, byte[] statuses, Boolean gatePassed) {

    public Status status(int item) {
      return Status.values()[statuses[item]];
    }
  }

  /**
   * @param groupBy the front-matter field the portfolio is grouped by, or null
   * @param report the plan's HTML report, relative to the output folder
   */
  public static PlanSummary of(Run.Scored scored, String groupBy, String report) {
    Plan plan = scored.result().plan();
    return new PlanSummary(plan.path(), plan.displayTitle(), plan.context().municipality(), plan.context().technology(),
        plan.context().phase(), Grouping.folder(plan.path()), groupBy == null ? null : Grouping.field(plan, groupBy),
        report, scored.answers().isEmpty() ? null : scored.answers().source(),
        (int) scored.result().scores().stream().flatMap(s -> s.items().stream()).map(ItemResult::waiver)
            .filter(java.util.Objects::nonNull).distinct().count(),
        scored.result().scores().stream().map(s -> score(s, scored)).toList());
  }

  private static Score score(ChecklistScore s, Run.Scored scored) {
    double[] chapters = s.chapters().stream()
        .mapToDouble(c -> c.score().isPresent() ? Numbers.twoDecimals(c.score().getAsDouble()) : Double.NaN).toArray();
    byte[] statuses = new byte[s.items().size()];
    for (int i = 0; i < statuses.length; i++) {
      statuses[i] = (byte) s.items().get(i).status().ordinal();
    }
    List<String> gaps = s.gapsByUrgency().stream().limit(3).map(ItemResult::item).map(i -> i.id()).toList();
    return new Score(Numbers.twoDecimals(s.overall()), s.band().id(), chapters, (int) s.count(Status.EXPOSED),
        (int) s.count(Status.MISSING), (int) s.count(Status.PARTIAL),
        s.firstBarrier().map(ChapterScore::chapter).map(c -> c.id()).orElse(null), gaps, statuses,
        scored.gate(s.checklist().id()).map(GateResult::passed).orElse(null));
  }

}
