package dk.parat.checklist;

/**
 * The patterns that find an item in a plan. Insights, questions and principles use
 * {@code topic}; pitfalls use {@code guard} and {@code exposure}.
 */
public record EvidenceRules(TextList topic, TextList guard, TextList exposure, Integer coveredStrength) {

  public EvidenceRules {
    topic = topic == null ? TextList.empty() : topic;
    guard = guard == null ? TextList.empty() : guard;
    exposure = exposure == null ? TextList.empty() : exposure;
  }
}
