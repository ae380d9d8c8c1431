package dk.parat.checklist;

import dk.parat.text.Pattern;
import java.util.ArrayList;
import java.util.List;

/** An item with its evidence rules compiled and its thresholds resolved. */
public record CompiledItem(Item item, Chapter chapter, List<Rule> topic, List<Rule> strong, List<Rule> guard,
    List<Rule> weakGuard, List<Rule> exposure, List<Rule> weakExposure, List<Pattern> sections, List<Rule> cues, Thresholds thresholds) {

  public String id() {
    return item.id();
  }

  /** The same item judged with other thresholds: for calibration. */
  public CompiledItem with(Thresholds other) {
    return new CompiledItem(item, chapter, topic, strong, guard, weakGuard, exposure, weakExposure, sections, cues, other);
  }

  /** Every pattern of the item, headings included. */
  public List<Pattern> patterns() {
    List<Pattern> all = new ArrayList<>();
    for (List<Rule> rules : List.of(topic, strong, guard, weakGuard, exposure, weakExposure, cues)) {
      rules.forEach(r -> all.add(r.pattern()));
    }
    all.addAll(sections);
    return all;
  }
}
