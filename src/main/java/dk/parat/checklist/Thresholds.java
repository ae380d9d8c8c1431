package dk.parat.checklist;

/**
 * One item's thresholds, resolved from its checklist's {@link ScoringDefaults} and its own
 * {@code covered_strength}.
 *
 * @param strength the strength of mentions (insight) or guards (pitfall) that covers or guards the item
 */
public record Thresholds(int strength, int strongMentions, int redFlags, boolean headingCredit) {

  /** These thresholds with the calibrated one put over them. */
  public Thresholds with(Calibration.ItemCalibration fitted) {
    return fitted.coveredStrength() == null ? this
        : new Thresholds(fitted.coveredStrength(), strongMentions, redFlags, headingCredit);
  }
}
