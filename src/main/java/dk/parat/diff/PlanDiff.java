package dk.parat.diff;

import dk.parat.checklist.Status;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What changed in a plan's verdicts between two revisions, per checklist. A gap is matched by
 * its item alone, never by line number or section, so moving text neither opens nor closes one;
 * a status change is judged on the ordinal scale covered/guarded over partial/unclear over
 * missing/exposed, so {@code exposed → unclear} is a step forward, not a gap closed and another opened.
 *
 * @param newAtBase whether the plan did not exist at the base revision: all its gaps are new, and
 *     it is a regression only when asked ({@code --new-plans fail})
 * @param sources what changed in the answers file, the plan's waivers and the config since the base
 */
public record PlanDiff(String path, String base, boolean newAtBase, List<ChecklistDiff> checklists,
    SourceChanges sources) {

  public PlanDiff {
    checklists = List.copyOf(checklists);
  }

  /**
   * One checklist's changes.
   *
   * @param before the overall score at the base, empty for a plan new since then
   */
  public record ChecklistDiff(String checklist, OptionalDouble before, double after, List<ChapterDelta> chapters,
      List<Gap> opened, List<Gap> closed, List<StatusChange> changed) {

    public ChecklistDiff {
      chapters = List.copyOf(chapters);
      opened = List.copyOf(opened);
      closed = List.copyOf(closed);
      changed = List.copyOf(changed);
    }

    /** A chapter score fell, a gap appeared, or a gap got worse. */
    public boolean regressed() {
      return !opened.isEmpty() || chapters.stream().anyMatch(ChapterDelta::dropped)
          || changed.stream().anyMatch(StatusChange::worse);
    }
  }

  /** A chapter's score before and after; empty when no item applied. */
  public record ChapterDelta(String chapter, OptionalDouble before, OptionalDouble after) {
    public boolean dropped() {
      return before.isPresent() && after.isPresent() && after.getAsDouble() < before.getAsDouble() - 1e-9;
    }
  }

  /** A gap: an item with a gap status, in a section ("" when the plan says nothing about it). */
  public record Gap(String item, Status status, String section) {}

  /** An item whose status changed between the revisions, and which way on the ordinal scale. */
  public record StatusChange(String item, Status before, Status after) {

    /** Lower on the scale than before: missing after partial, exposed after unclear or guarded. */
    public boolean worse() {
      return rankable() && after.score() < before.score();
    }

    /** Higher on the scale than before. */
    public boolean better() {
      return rankable() && after.score() > before.score();
    }

    /** Whether both statuses are on the scale: an item set aside by its context is neither better nor worse. */
    private boolean rankable() {
      return before != Status.NOT_APPLICABLE && after != Status.NOT_APPLICABLE;
    }
  }

  /** Whether this plan counts as a regression; a plan new since the base counts only when {@code newPlansFail}. */
  public boolean regressed(boolean newPlansFail) {
    return newAtBase ? newPlansFail : checklists.stream().anyMatch(ChecklistDiff::regressed);
  }
}
