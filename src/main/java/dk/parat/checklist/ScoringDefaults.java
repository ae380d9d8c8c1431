package dk.parat.checklist;

/**
 * Checklist-wide scoring settings: the strength of evidence that makes an insight covered,
 * and a pitfall guarded.
 */
public record ScoringDefaults(Integer coveredStrength, Integer guardedStrength) {

  public static final int DEFAULT_COVERED_STRENGTH = 4;
  public static final int DEFAULT_GUARDED_STRENGTH = 3;

  public int coveredStrengthOrDefault() {
    return coveredStrength == null ? DEFAULT_COVERED_STRENGTH : coveredStrength;
  }

  public int guardedStrengthOrDefault() {
    return guardedStrength == null ? DEFAULT_GUARDED_STRENGTH : guardedStrength;
  }
}
