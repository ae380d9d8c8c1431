package dk.parat.reader;

import java.util.Arrays;
import java.util.List;

/**
 * For each side, the plan's sentence the reader is surest of, how sure it is, and how sure of the
 * runner-up.
 *
 * @param at the index of the best sentence in the list read, or -1 when the plan has none
 * @param likely for each side, how many sentences it finds more likely than not
 * @param read how many sentences were read
 * @param atBest for each side, the scores of every side in its best sentence (see {@link #at(int, int)})
 */
public record BestSentences(double[] best, double[] second, int[] at, int[] likely, int read, double[][] atBest) {

  /**
   * Reads every sentence once and keeps each side's best two.
   *
   * @param concepts each sentence's concept features ({@link ConceptFeatures#buckets})
   */
  public static BestSentences of(WordScores words, List<String> sentences, List<int[]> concepts) {
    int sides = words.model().sides().size();
    double[] best = new double[sides];
    double[] second = new double[sides];
    Arrays.fill(best, Double.NEGATIVE_INFINITY);
    Arrays.fill(second, Double.NEGATIVE_INFINITY);
    int[] at = new int[sides];
    Arrays.fill(at, -1);
    int[] likely = new int[sides];
    double[][] atBest = new double[sides][];
    for (int i = 0; i < sentences.size(); i++) {
      double[] p = words.scores(sentences.get(i), concepts.get(i));
      for (int s = 0; s < sides; s++) {
        if (p[s] > 0) {
          likely[s]++;
        }
        if (p[s] > best[s]) {
          second[s] = best[s];
          best[s] = p[s];
          at[s] = i;
          atBest[s] = p;
        } else if (p[s] > second[s]) {
          second[s] = p[s];
        }
      }
    }
    // Only the best two of each side need a probability: the scores rank sentences alike.
    for (int s = 0; s < sides; s++) {
      best[s] = ReaderModel.probability(best[s]);
      second[s] = ReaderModel.probability(second[s]);
    }
    return new BestSentences(best, second, at, likely, sentences.size(), atBest);
  }

  /** How likely the reader finds the other side in this side's best sentence. */
  public double at(int side, int other) {
    return ReaderModel.probability(atBest[side][other]);
  }
}
