package dk.parat.explain;

import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.CompiledItem;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds an item by its id as a person types it: in any case, and with the nearest ids when it is not there. */
public final class ItemLookup {

  /** How many edits an id may be from what was typed to be suggested. */
  private static final int NEAR = 3;

  private final List<CompiledChecklist> checklists;

  public ItemLookup(List<CompiledChecklist> checklists) {
    this.checklists = List.copyOf(checklists);
  }

  /** An item and the checklist it belongs to. */
  public record Found(CompiledChecklist checklist, CompiledItem item) {}

  /** The item with this id, compared without case, in the first checklist that has it. */
  public Optional<Found> find(String id) {
    for (CompiledChecklist c : checklists) {
      for (CompiledItem item : c.items()) {
        if (item.id().equalsIgnoreCase(id.strip())) {
          return Optional.of(new Found(c, item));
        }
      }
    }
    return Optional.empty();
  }

  /** The ids nearest to what was typed, nearest first, at most three: for "did you mean". */
  public List<String> near(String id) {
    LevenshteinDistance distance = new LevenshteinDistance(NEAR);
    String typed = id.strip().toUpperCase(Locale.ROOT);
    record Candidate(String id, int edits) {}
    return checklists.stream().flatMap(c -> c.items().stream()).map(CompiledItem::id).distinct()
        .map(candidate -> new Candidate(candidate, distance.apply(typed, candidate.toUpperCase(Locale.ROOT))))
        .filter(c -> c.edits() >= 0)
        .sorted(Comparator.comparingInt(Candidate::edits))
        .map(Candidate::id).limit(3).toList();
  }
}
