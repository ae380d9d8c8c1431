package dk.parat.checklist;

/**
 * One item's thresholds, resolved from its checklist's {@link ScoringDefaults} and its own
 * {@code covered_strength}.
 *
 * @param strength the strength of mentions (insight) or guards (pitfall) that covers or guards the item
 */
public record Thresholds(int strength, int strongMentions, int redFlags, boolean headingCredit) {}
