package dk.parat.checklist;

import java.util.List;

/** A chapter of a checklist: a recommendation or a group of items, in the publication's order. */
public record Chapter(String id, Text title, String pages, Double minScore, List<Item> items) {

  public Chapter {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
