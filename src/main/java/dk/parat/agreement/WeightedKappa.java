package dk.parat.agreement;

import java.util.List;

/**
 * Cohen's kappa with linear weights for ordinal ratings 0..k-1: disagreement between
 * neighbours (covered/partial) costs half of disagreement across the scale (covered/missing).
 */
public final class WeightedKappa {

  private WeightedKappa() {}

  /** @param pairs each pair is {rater A, rater B}, values 0..categories-1 */
  public static double of(List<int[]> pairs, int categories) {
    int n = pairs.size();
    if (n == 0) {
      return Double.NaN;
    }
    double[][] observed = new double[categories][categories];
    double[] rowTotals = new double[categories];
    double[] colTotals = new double[categories];
    for (int[] p : pairs) {
      observed[p[0]][p[1]]++;
      rowTotals[p[0]]++;
      colTotals[p[1]]++;
    }
    double disagreeObserved = 0;
    double disagreeExpected = 0;
    for (int i = 0; i < categories; i++) {
      for (int j = 0; j < categories; j++) {
        double w = Math.abs(i - j) / (double) (categories - 1);
        disagreeObserved += w * observed[i][j] / n;
        disagreeExpected += w * (rowTotals[i] / n) * (colTotals[j] / n);
      }
    }
    return disagreeExpected == 0 ? 1.0 : 1 - disagreeObserved / disagreeExpected;
  }
}
