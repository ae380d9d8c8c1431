package dk.parat.diff;

import dk.parat.checklist.Status;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What changed in a plan's verdicts between two revisions, per checklist. Gaps are matched by
 * item id and section, never by line number, so moving text does not open or close a gap.
 */
public record PlanDiff(String path, String base, boolean newAtBase, List<ChecklistDiff> checklists) {

  public PlanDiff {
    checklists = List.copyOf(checklists);
  }

  /** One checklist's changes. */
  public record ChecklistDiff(String checklist, double before, double after, List<ChapterDelta> chapters,
      List<Gap> opened, List<Gap> closed, List<StatusChange> changed) {

    public ChecklistDiff {
      chapters = List.copyOf(chapters);
      opened = List.copyOf(opened);
      closed = List.copyOf(closed);
      changed = List.copyOf(changed);
    }

    /** A chapter score fell, or a gap appeared. */
    public boolean regressed() {
      return !opened.isEmpty() || chapters.stream().anyMatch(ChapterDelta::dropped);
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

  /** An item whose status changed without opening or closing a gap (e.g. missing to partial). */
  public record StatusChange(String item, Status before, Status after) {}

  public boolean regressed() {
    return checklists.stream().anyMatch(ChecklistDiff::regressed);
  }
}
