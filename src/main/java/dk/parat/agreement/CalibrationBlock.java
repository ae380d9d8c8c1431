package dk.parat.agreement;

import java.util.List;
import java.util.Locale;

/**
 * Writes calibrated thresholds into a checklist file as its {@code calibration:} block, replacing
 * the block that is there, so the thresholds are data that can be reviewed in a diff.
 */
public final class CalibrationBlock {

  private CalibrationBlock() {}

  /** The checklist text with its calibration block replaced (or added at the end). */
  public static String write(String checklist, List<Calibrator.Choice> choices, String source) {
    StringBuilder block = new StringBuilder();
    block.append("calibration:\n");
    block.append("  # Written by 'parat checklist calibrate' (docs/agreement.md); change the evidence rules, not these.\n");
    block.append("  source: \"").append(source.replace("\"", "'")).append("\"\n");
    block.append("  items:\n");
    for (Calibrator.Choice c : choices) {
      if (!c.written()) {
        continue;
      }
      block.append("    ").append(c.item().id()).append(": {covered_strength: ").append(c.chosen().strength());
      block.append(String.format(Locale.ROOT, "}  # agreement %.1f -> %.1f of %d%n", c.before(), c.after(), c.plans()));
    }
    String[] lines = checklist.split("\n", -1);
    StringBuilder out = new StringBuilder();
    boolean skipping = false;
    for (String line : lines) {
      if (line.startsWith("calibration:")) {
        skipping = true;
        continue;
      }
      if (skipping && !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
        skipping = false;
      }
      if (!skipping) {
        out.append(line).append('\n');
      }
    }
    String text = out.toString().replaceAll("\n+$", "\n");
    return text + "\n" + block;
  }
}
