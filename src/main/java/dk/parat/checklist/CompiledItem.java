package dk.parat.checklist;

import dk.parat.text.Pattern;
import java.util.List;

/** An item with its evidence patterns compiled and its covered threshold resolved. */
public record CompiledItem(Item item, Chapter chapter, List<Pattern> topic, List<Pattern> guard, List<Pattern> exposure,
    List<Pattern> sections, int coveredStrength) {

  public String id() {
    return item.id();
  }
}
