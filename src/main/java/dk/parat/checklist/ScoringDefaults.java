package dk.parat.checklist;

/**
 * Checklist-wide scoring thresholds. The bundled core checklist's values are calibrated on the
 * training part of parat's labelled corpus (docs/agreement.md); the defaults suit checklists
 * without {@code strong} patterns.
 *
 * @param coveredStrength the strength of concrete mentions that makes an insight covered
 *     without a {@code strong} match (each mention 1, plus 1 per kind of concrete detail, at most 4)
 * @param guardedStrength the strength of guard matches that makes a pitfall guarded
 * @param strongMentions how many sentences matching {@code strong} patterns make an insight covered
 * @param redFlags how many sentences with a red flag make a pitfall exposed
 * @param headingCredit whether an on-topic sentence under a matching heading counts as a mention
 */
public record ScoringDefaults(Integer coveredStrength, Integer guardedStrength, Integer strongMentions,
    Integer redFlags, Boolean headingCredit) {

  public static final int DEFAULT_COVERED_STRENGTH = 4;
  public static final int DEFAULT_GUARDED_STRENGTH = 3;

  public int coveredStrengthOrDefault() {
    return coveredStrength == null ? DEFAULT_COVERED_STRENGTH : coveredStrength;
  }

  public int guardedStrengthOrDefault() {
    return guardedStrength == null ? DEFAULT_GUARDED_STRENGTH : guardedStrength;
  }

  public int strongMentionsOrDefault() {
    return strongMentions == null ? 1 : strongMentions;
  }

  public int redFlagsOrDefault() {
    return redFlags == null ? 1 : redFlags;
  }

  public boolean headingCreditOrDefault() {
    return headingCredit == null || headingCredit;
  }
}
