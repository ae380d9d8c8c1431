package dk.parat.reader;

import java.util.List;

/**
 * For each side, the plan's sentences the reader is surest of, in rank, and how sure it is of the
 * best and of the runner-up.
 *
 * @param likely for each side, how many sentences it finds more likely than not
 * @param read how many sentences were read
 * @param ranked for each side, its {@link #RANKED} best sentences, surest first (see {@link #rankedAt(int, int)})
 */
public record BestSentences(double[] best, double[] second, int[] likely, int read, Ranked[][] ranked) {

  /**
   * How many of each side's best sentences are kept in rank: a sentence the rules read as negated,
   * past or somebody else's words gives the reader no say, and the next one may.
   */
  public static final int RANKED = 4;

  /** One of a side's best sentences: where it is in the list read, and every side's score in it. */
  public record Ranked(int at, double[] scores) {}

  /**
   * Reads every sentence once and keeps each side's best in rank.
   *
   * @param concepts each sentence's concept features ({@link ConceptFeatures#buckets})
   */
  public static BestSentences of(WordScores words, List<String> sentences, List<int[]> concepts) {
    int sides = words.model().sides().size();
    int[] likely = new int[sides];
    Ranked[][] ranked = new Ranked[sides][RANKED];
    for (int i = 0; i < sentences.size(); i++) {
      double[] scores = words.scores(sentences.get(i), concepts.get(i));
      Ranked sentence = new Ranked(i, scores);
      for (int s = 0; s < sides; s++) {
        if (scores[s] > 0) {
          likely[s]++;
        }
        rank(ranked[s], s, sentence);
      }
    }
    // Only the ranked sentences need a probability: the scores rank sentences alike.
    double[] best = new double[sides];
    double[] second = new double[sides];
    for (int s = 0; s < sides; s++) {
      best[s] = probability(ranked[s][0], s);
      second[s] = probability(ranked[s][1], s);
    }
    return new BestSentences(best, second, likely, sentences.size(), ranked);
  }

  /** Puts the sentence among the side's best in rank, if it belongs there; an earlier sentence stays ahead on a tie. */
  private static void rank(Ranked[] best, int side, Ranked sentence) {
    int place = best.length;
    while (place > 0 && (best[place - 1] == null || best[place - 1].scores()[side] < sentence.scores()[side])) {
      place--;
    }
    if (place < best.length) {
      System.arraycopy(best, place, best, place + 1, best.length - place - 1);
      best[place] = sentence;
    }
  }

  /** The probability of the side in a ranked sentence; 0 where there is none. */
  private static double probability(Ranked sentence, int side) {
    return sentence == null ? 0 : ReaderModel.probability(sentence.scores()[side]);
  }

  /**
   * The side's sentence of this rank (0: its best), as where it is in the list read; -1 when the
   * plan has fewer sentences.
   */
  public int rankedAt(int side, int rank) {
    Ranked r = ranked[side][rank];
    return r == null ? -1 : r.at();
  }

  /** How likely the reader finds the {@code other} side in the side's sentence of this rank. */
  public double ranked(int side, int rank, int other) {
    return probability(ranked[side][rank], other);
  }
}
