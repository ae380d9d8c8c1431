package dk.parat.checklist;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A municipality's own checklist built on a bundled one: it changes weights, switches items
 * off with a reason, adds items and chapters, and may replace bands and override rules.
 *
 * @param base the checklist extended: a bundled id or a path relative to this file
 * @param changes item changes by item id
 * @param addItems new items, each placed in an existing chapter
 * @param addChapters new chapters, after the base checklist's own
 * @param bands replaces the base's bands when given
 * @param overrides replaces the base's override rules when given
 */
public record ChecklistExtension(
    @JsonProperty("$schema") String schema,
    String id,
    @JsonProperty("extends") String base,
    String version,
    Text title,
    Publication publication,
    ScoringDefaults scoring,
    Map<String, ItemChange> changes,
    List<AddedItem> addItems,
    List<Chapter> addChapters,
    List<Band> bands,
    List<OverrideRule> overrides) {

  public ChecklistExtension {
    changes = changes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
    addItems = addItems == null ? List.of() : List.copyOf(addItems);
    addChapters = addChapters == null ? List.of() : List.copyOf(addChapters);
  }

  /**
   * What to change in one item. {@code off} switches it off with a reason; it is then shown as
   * not applicable with that reason. {@code extraEvidence} patterns are added to the item's own.
   */
  public record ItemChange(Double weight, Boolean critical, Text off, Text advice, TextList questions,
      EvidenceRules extraEvidence) {}

  /** A new item and the id of the chapter it joins. */
  public record AddedItem(String chapter, Item item) {}
}
