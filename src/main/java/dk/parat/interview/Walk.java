package dk.parat.interview;

import dk.parat.answers.Answers;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.CompiledItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** The items of an interview in the order it walks them: checklist by checklist, chapter by chapter. */
record Walk(List<Stop> stops) {

  /** One item on the way. */
  record Stop(CompiledChecklist checklist, CompiledItem item) {}

  Walk {
    stops = List.copyOf(stops);
  }

  static Walk of(ChecklistSet checklists) {
    List<Stop> stops = new ArrayList<>();
    for (CompiledChecklist c : checklists.checklists()) {
      // The checklist's chapters in the publication's order, whatever order the items were compiled in.
      c.checklist().chapters().forEach(chapter -> c.items(chapter).forEach(i -> stops.add(new Stop(c, i))));
    }
    return new Walk(stops);
  }

  int size() {
    return stops.size();
  }

  Stop at(int index) {
    return stops.get(index);
  }

  /** The position of an item, its id in any case. */
  OptionalInt find(String id) {
    for (int i = 0; i < stops.size(); i++) {
      if (stops.get(i).item().id().equalsIgnoreCase(id.strip())) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** The first item of a chapter of the checklist being walked at {@code from}. */
  OptionalInt chapter(int from, String chapterId) {
    CompiledChecklist checklist = stops.get(Math.min(from, stops.size() - 1)).checklist();
    String wanted = chapterId.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < stops.size(); i++) {
      Stop s = stops.get(i);
      if (s.checklist() == checklist && s.item().chapter().id().toLowerCase(Locale.ROOT).equals(wanted)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Where a reopened interview goes on: the first unanswered item after the last one answered,
   * looking round to the start; the start when nothing is answered yet; the end when everything is.
   */
  int resume(Answers answers) {
    if (answers.last() == null || find(answers.last()).isEmpty()) {
      return firstUnanswered(0, answers);
    }
    return firstUnanswered(find(answers.last()).getAsInt() + 1, answers);
  }

  private int firstUnanswered(int from, Answers answers) {
    for (int k = 0; k < stops.size(); k++) {
      int i = (from + k) % stops.size();
      if (answers.of(stops.get(i).item().id()).isEmpty()) {
        return i;
      }
    }
    return stops.size();
  }
}
