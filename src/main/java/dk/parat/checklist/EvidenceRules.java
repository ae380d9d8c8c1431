package dk.parat.checklist;

/**
 * The patterns that find an item in a plan. Insights, questions and principles use
 * {@code topic} (a mention: partial) and {@code strong} (addressed concretely: covered);
 * pitfalls use {@code guard}, {@code weak_guard} (a guard that alone leaves the item unclear),
 * {@code exposure} (red flags, which contradict a guard) and {@code weak_exposure} (signs of the
 * pitfall that count only where the plan shows no guard: "staff are informed on the intranet"
 * is a red flag only when nothing else involves them). {@code sections} match headings: a sentence under such a
 * heading that matches one of the {@code cues} counts as a mention (a weak guard, for a
 * pitfall) even when no other pattern finds it.
 */
public record EvidenceRules(TextList topic, TextList strong, TextList guard, TextList weakGuard, TextList exposure,
    TextList weakExposure, TextList sections, TextList cues, Integer coveredStrength) {

  public EvidenceRules {
    topic = orEmpty(topic);
    strong = orEmpty(strong);
    guard = orEmpty(guard);
    weakGuard = orEmpty(weakGuard);
    exposure = orEmpty(exposure);
    weakExposure = orEmpty(weakExposure);
    sections = orEmpty(sections);
    cues = orEmpty(cues);
  }

  public static EvidenceRules none() {
    return new EvidenceRules(null, null, null, null, null, null, null, null, null);
  }

  private static TextList orEmpty(TextList list) {
    return list == null ? TextList.empty() : list;
  }
}
