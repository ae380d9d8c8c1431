package dk.parat.reader;

import dk.parat.checklist.ItemKind;
import java.util.List;
import java.util.Map;

/**
 * A trained reader for one checklist: for each side of each item a linear model over a
 * sentence's runs of letters, and for each kind of item a combiner that weighs the reader's best
 * sentences against the rules' verdict.
 *
 * @param trainedOn what it was trained on, as its file says
 * @param cuts the probabilities at which its judgement decides, calibrated on the plans it was
 *     trained on
 */
public record ReaderModel(String checklist, String trainedOn, List<Side> sides, GramWeights weights,
    Map<ItemKind, Combiner> combiners, Cuts cuts) {

  /** A probability no sentence or plan reaches. */
  public static final double NEVER = Double.POSITIVE_INFINITY;

  public ReaderModel {
    sides = List.copyOf(sides);
    combiners = Map.copyOf(combiners);
  }

  /**
   * Each side's score (log-odds) for the sentence: ranks sentences as the probability does, without
   * computing it. This is what the model means; {@link WordScores} reaches the same scores faster
   * for a whole plan, and a test holds the two to each other.
   */
  double[] scores(CharGrams.Features features) {
    double[] scores = new double[sides.size()];
    for (int s = 0; s < scores.length; s++) {
      scores[s] = sides.get(s).bias();
    }
    weights.addTo(features, scores);
    return scores;
  }

  static double probability(double score) {
    return 1 / (1 + Math.exp(-score));
  }
}
