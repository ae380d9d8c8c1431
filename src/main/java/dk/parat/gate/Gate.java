package dk.parat.gate;

import dk.parat.scoring.ChapterScore;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.ItemResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a {@link GatePolicy} to a scored plan. The precedence (README, "Gates"): an active
 * waiver takes an item out of the status check; scores and minimums are computed from the
 * statuses as they are, waived or not; not-applicable items never fail.
 */
public final class Gate {

  private final GatePolicy policy;

  public Gate(GatePolicy policy) {
    this.policy = policy;
  }

  public GateResult evaluate(ChecklistScore score) {
    List<GateFailure> failures = new ArrayList<>();
    int waived = 0;
    for (ItemResult item : score.items()) {
      if (!policy.failOn().contains(item.status())) {
        continue;
      }
      if (item.waived()) {
        waived++;
      } else if (item.waiver() != null) {
        // The team believes the gap accepted: say why it counts again, and where the waiver is.
        failures.add(new GateFailure.ExpiredWaiver(item.item().id(), item.status().id(), item.waiver().declaredIn(),
            item.waiver().line(), item.waiver().until()));
      } else {
        failures.add(new GateFailure.ItemStatus(item.item().id(), item.status().id()));
      }
    }
    if (policy.minScore() != null && score.overall() < policy.minScore()) {
      failures.add(new GateFailure.OverallBelow(Math.round(score.overall()), policy.minScore()));
    }
    for (ChapterScore chapter : score.chapters()) {
      Double min = policy.chapterMinimums().getOrDefault(chapter.chapter().id(), policy.minChapterScore());
      if (min != null && chapter.score().isPresent() && chapter.score().getAsDouble() < min) {
        failures.add(new GateFailure.ChapterBelow(chapter.chapter().id(), Math.round(chapter.score().getAsDouble()),
            min));
      }
    }
    return new GateResult(score.checklist().id(), failures.isEmpty(), failures, waived);
  }
}
