package dk.parat.scoring;

import dk.parat.checklist.Band;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.Status;
import java.util.List;
import java.util.Optional;

/**
 * One plan scored against one checklist.
 *
 * @param overall weighted mean over every applicable item, 0–100
 * @param scoreBand the band the score alone reaches
 * @param band the band after override rules
 * @param firstBarrier the first chapter, in the publication's order, below its minimum
 */
public record ChecklistScore(CompiledChecklist checklist, List<ItemResult> items, List<ChapterScore> chapters,
    double overall, Band scoreBand, Band band, List<FiredOverride> overrides, Optional<ChapterScore> firstBarrier) {

  public ChecklistScore {
    items = List.copyOf(items);
    chapters = List.copyOf(chapters);
    overrides = List.copyOf(overrides);
  }

  public long count(Status status) {
    return items.stream().filter(i -> i.status() == status).count();
  }

  /** The gaps, most urgent first: exposed pitfalls, missing, partial, unclear; then by publication order. */
  public List<ItemResult> gapsByUrgency() {
    List<Status> order = List.of(Status.EXPOSED, Status.MISSING, Status.PARTIAL, Status.UNCLEAR);
    return items.stream()
        .filter(i -> i.status().isGap())
        .sorted(java.util.Comparator.comparingInt((ItemResult i) -> order.indexOf(i.status()))
            .thenComparing(i -> !i.item().item().isCritical())
            .thenComparing(i -> -i.weight()))
        .toList();
  }
}
