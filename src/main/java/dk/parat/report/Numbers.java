package dk.parat.report;

import dk.parat.text.Lang;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Number formats shared by the reports, independent of the machine's locale. */
public final class Numbers {

  private Numbers() {}

  /** A 0–100 score as a whole number. */
  public static String score(double score) {
    return Long.toString(Math.round(score));
  }

  public static String score(OptionalDouble score) {
    return score.isPresent() ? score(score.getAsDouble()) : "–";
  }

  /** A score as machine formats write it: two decimals, so that plans that look tied are tied. */
  public static double twoDecimals(double score) {
    return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  /** A weight or item score with as many decimals as it needs: 1, 0.5, 1.25. */
  public static String decimal(double value) {
    String s = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  /** As {@link #decimal(double)}, with the language's decimal mark: 1,5 in Danish, 1.5 in English. */
  public static String decimal(double value, Lang lang) {
    String s = decimal(value);
    return lang == Lang.DA ? s.replace('.', ',') : s;
  }

  /** A ten-step bar, for a score table read in a terminal or a Markdown viewer. */
  public static String bar(OptionalDouble score) {
    if (score.isEmpty()) {
      return "";
    }
    int filled = (int) Math.round(score.getAsDouble() / 10);
    return "█".repeat(filled) + "░".repeat(10 - filled);
  }
}
