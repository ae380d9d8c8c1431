package dk.parat.checklist;

/**
 * The patterns that find an item in a plan. Insights, questions and principles use
 * {@code topic}; pitfalls use {@code guard} and {@code exposure}. {@code sections} match
 * headings: a concrete sentence under such a heading counts as a mention (a guard, for a
 * pitfall) even when it does not repeat the topic's words.
 */
public record EvidenceRules(TextList topic, TextList guard, TextList exposure, TextList sections,
    Integer coveredStrength) {

  public EvidenceRules {
    sections = sections == null ? TextList.empty() : sections;
    topic = topic == null ? TextList.empty() : topic;
    guard = guard == null ? TextList.empty() : guard;
    exposure = exposure == null ? TextList.empty() : exposure;
  }
}
