package dk.parat.scoring;

import dk.parat.checklist.Chapter;
import dk.parat.checklist.Status;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A chapter's weighted score over its applicable items, 0–100; empty when no item applies.
 */
public record ChapterScore(Chapter chapter, OptionalDouble score, List<ItemResult> items) {

  public ChapterScore {
    items = List.copyOf(items);
  }

  public long count(Status status) {
    return items.stream().filter(i -> i.status() == status).count();
  }

  /** Below the chapter's minimum: a barrier to rollout. */
  public boolean belowMinimum() {
    return chapter.minScore() != null && score.isPresent() && score.getAsDouble() < chapter.minScore();
  }
}
