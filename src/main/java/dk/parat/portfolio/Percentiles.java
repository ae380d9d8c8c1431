package dk.parat.portfolio;

import java.util.Arrays;

/** The statistics a portfolio report needs, with their definitions. */
public final class Percentiles {

  private Percentiles() {}

  /**
   * The p-quantile (0 ≤ p ≤ 1) of sorted values, interpolating linearly between the two
   * nearest ranks (Hyndman and Fan's type 7, as spreadsheets' PERCENTILE and numpy compute it);
   * NaN for no values.
   */
  public static double quantile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * p;
    int below = (int) Math.floor(h);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
  }

  /**
   * Each value's percentile rank among all the values: the share, in percent, of values below
   * it, counting equal values (itself included) as half below.
   */
  public static double[] ranks(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] ranks = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      int below = lowerBound(sorted, values[i]);
      int equal = lowerBound(sorted, Math.nextUp(values[i])) - below;
      ranks[i] = 100.0 * (below + 0.5 * equal) / values.length;
    }
    return ranks;
  }

  /** How many sorted values are less than {@code value}. */
  private static int lowerBound(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
