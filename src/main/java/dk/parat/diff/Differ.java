package dk.parat.diff;

import dk.parat.scoring.ChapterScore;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.PlanResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Compares a plan's scores at a base revision with its scores now. */
public final class Differ {

  private Differ() {}

  /**
   * @param before the plan's result at the base revision, empty when the plan did not exist then
   * @param sources what changed besides the plan
   */
  public static PlanDiff compare(String path, String base, Optional<PlanResult> before, PlanResult after,
      SourceChanges sources) {
    List<PlanDiff.ChecklistDiff> diffs = new ArrayList<>();
    for (ChecklistScore now : after.scores()) {
      Optional<ChecklistScore> then = before.flatMap(b -> b.scores().stream()
          .filter(s -> s.checklist().id().equals(now.checklist().id())).findFirst());
      diffs.add(compare(then, now));
    }
    return new PlanDiff(path, base, before.isEmpty(), diffs, sources);
  }

  private static PlanDiff.ChecklistDiff compare(Optional<ChecklistScore> then, ChecklistScore now) {
    Map<String, PlanDiff.Gap> gapsThen = gaps(then.map(ChecklistScore::items).orElse(List.of()));
    Map<String, PlanDiff.Gap> gapsNow = gaps(now.items());
    List<PlanDiff.Gap> opened = gapsNow.entrySet().stream().filter(e -> !gapsThen.containsKey(e.getKey()))
        .map(Map.Entry::getValue).toList();
    List<PlanDiff.Gap> closed = gapsThen.entrySet().stream().filter(e -> !gapsNow.containsKey(e.getKey()))
        .map(Map.Entry::getValue).toList();
    List<PlanDiff.StatusChange> changed = new ArrayList<>();
    Map<String, ItemResult> previous = new LinkedHashMap<>();
    then.ifPresent(t -> t.items().forEach(i -> previous.put(i.item().id(), i)));
    for (ItemResult item : now.items()) {
      ItemResult was = previous.get(item.item().id());
      if (was != null && was.status() != item.status()) {
        changed.add(new PlanDiff.StatusChange(item.item().id(), was.status(), item.status()));
      }
    }
    List<PlanDiff.ChapterDelta> chapters = new ArrayList<>();
    for (ChapterScore c : now.chapters()) {
      OptionalDouble before = then.flatMap(t -> t.chapters().stream()
          .filter(x -> x.chapter().id().equals(c.chapter().id())).findFirst()).map(ChapterScore::score)
          .orElse(OptionalDouble.empty());
      chapters.add(new PlanDiff.ChapterDelta(c.chapter().id(), before, c.score()));
    }
    return new PlanDiff.ChecklistDiff(now.checklist().id(),
        then.map(t -> OptionalDouble.of(t.overall())).orElse(OptionalDouble.empty()), now.overall(), chapters, opened,
        closed, changed);
  }

  /**
   * Unwaived gaps by item: the same item a gap at both revisions is the same gap, wherever in the
   * plan its evidence moved; whether it got better or worse is a status change.
   */
  private static Map<String, PlanDiff.Gap> gaps(List<ItemResult> items) {
    Map<String, PlanDiff.Gap> gaps = new LinkedHashMap<>();
    for (ItemResult i : items) {
      if (i.status().isGap() && !i.waived()) {
        String section = i.evidence().isEmpty() ? "" : i.evidence().get(0).section();
        gaps.put(i.item().id(), new PlanDiff.Gap(i.item().id(), i.status(), section));
      }
    }
    return gaps;
  }
}
