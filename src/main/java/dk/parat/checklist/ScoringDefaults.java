package dk.parat.checklist;

/** Checklist-wide scoring settings. */
public record ScoringDefaults(Integer coveredStrength) {

  public static final int DEFAULT_COVERED_STRENGTH = 4;

  public int coveredStrengthOrDefault() {
    return coveredStrength == null ? DEFAULT_COVERED_STRENGTH : coveredStrength;
  }
}
