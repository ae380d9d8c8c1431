package dk.parat.portfolio;

import dk.parat.checklist.Band;
import dk.parat.checklist.Chapter;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A portfolio's aggregates for one checklist.
 *
 * @param percentileRanks each plan's percentile rank by overall score, in the portfolio's order
 * @param bands how many plans reached each band, best band first
 * @param chapters the spread of each chapter's score, in the checklist's order
 * @param frequentGaps the items most often missing or exposed, most often first; only those that are
 * @param ranking the plans' positions in the portfolio, best score first (ties by path)
 * @param chapterBands per chapter, how many plans' chapter scores reach each band's threshold, best
 *     band first, and in a last column how many plans have no applicable item in the chapter
 */
public record ChecklistStats(CompiledChecklist checklist, double[] percentileRanks, Map<Band, Integer> bands,
    List<ChapterSpread> chapters, List<ItemGaps> frequentGaps, List<Integer> ranking, int[][] chapterBands) {

  /** The spread of one chapter's scores over the plans where any of its items applies. */
  public record ChapterSpread(Chapter chapter, int plans, double p10, double p25, double median, double p75,
      double p90) {}

  /** How many plans miss or are exposed on an item. */
  public record ItemGaps(CompiledItem item, int missing, int exposed) {
    public int total() {
      return missing + exposed;
    }
  }

  static ChecklistStats of(CompiledChecklist checklist, int index, List<PlanSummary> plans) {
    List<PlanSummary.Score> scores = plans.stream().map(p -> p.scores().get(index)).toList();
    double[] overall = scores.stream().mapToDouble(PlanSummary.Score::overall).toArray();
    List<Band> bandList = checklist.checklist().bands();
    Map<Band, Integer> bands = new LinkedHashMap<>();
    bandList.forEach(b -> bands.put(b, (int) scores.stream().filter(s -> s.band().equals(b.id())).count()));
    List<Integer> ranking = IntStream.range(0, plans.size()).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -overall[i]).thenComparing(i -> plans.get(i).path()))
        .toList();
    return new ChecklistStats(checklist, Percentiles.ranks(overall), bands, spreads(checklist, scores),
        gaps(checklist, scores), ranking, chapterBands(checklist, scores));
  }

  private static List<ChapterSpread> spreads(CompiledChecklist checklist, List<PlanSummary.Score> scores) {
    List<ChapterSpread> spreads = new ArrayList<>();
    List<Chapter> chapters = checklist.checklist().chapters();
    for (int c = 0; c < chapters.size(); c++) {
      int chapter = c;
      double[] values = scores.stream().mapToDouble(s -> s.chapters()[chapter]).filter(v -> !Double.isNaN(v)).sorted()
          .toArray();
      spreads.add(new ChapterSpread(chapters.get(c), values.length, Percentiles.quantile(values, 0.10),
          Percentiles.quantile(values, 0.25), Percentiles.quantile(values, 0.50), Percentiles.quantile(values, 0.75),
          Percentiles.quantile(values, 0.90)));
    }
    return spreads;
  }

  private static List<ItemGaps> gaps(CompiledChecklist checklist, List<PlanSummary.Score> scores) {
    List<ItemGaps> gaps = new ArrayList<>();
    for (int i = 0; i < checklist.items().size(); i++) {
      int missing = 0;
      int exposed = 0;
      for (PlanSummary.Score s : scores) {
        missing += s.status(i) == Status.MISSING ? 1 : 0;
        exposed += s.status(i) == Status.EXPOSED ? 1 : 0;
      }
      if (missing + exposed > 0) {
        gaps.add(new ItemGaps(checklist.items().get(i), missing, exposed));
      }
    }
    // A stable sort: among equally frequent gaps, the checklist's order stands.
    gaps.sort(Comparator.comparingInt(ItemGaps::total).reversed());
    return gaps;
  }

  private static int[][] chapterBands(CompiledChecklist checklist, List<PlanSummary.Score> scores) {
    List<Band> bands = checklist.checklist().bands();
    int[][] counts = new int[checklist.checklist().chapters().size()][bands.size() + 1];
    for (PlanSummary.Score s : scores) {
      for (int c = 0; c < counts.length; c++) {
        double score = s.chapters()[c];
        counts[c][Double.isNaN(score) ? bands.size() : band(bands, score)]++;
      }
    }
    return counts;
  }

  /** The first band whose threshold the score reaches, else the last: the rule for an overall score. */
  private static int band(List<Band> bands, double score) {
    for (int b = 0; b < bands.size(); b++) {
      if (score >= bands.get(b).min()) {
        return b;
      }
    }
    return bands.size() - 1;
  }
}
