package dk.parat.checklist;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thresholds fitted per item on labelled plans by {@code parat checklist calibrate}, written into
 * the checklist file so that they are data like the rest; see {@code docs/agreement.md}.
 *
 * @param source what the thresholds were fitted on, for the people who read the file
 * @param items each calibrated item's thresholds; an item not listed keeps the checklist's defaults
 */
public record Calibration(String source, Map<String, ItemCalibration> items) {

  public static final Calibration NONE = new Calibration(null, Map.of());

  public Calibration {
    items = items == null ? Map.of() : new LinkedHashMap<>(items);
  }

  /**
   * One item's fitted threshold.
   *
   * @param coveredStrength for an insight, the strength of concrete mentions that covers it without
   *     a strong match (0: only strong matches cover); for a pitfall, the strength of guards that guards it
   */
  public record ItemCalibration(Integer coveredStrength) {}
}
