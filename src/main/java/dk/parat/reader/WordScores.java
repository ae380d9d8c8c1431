package dk.parat.reader;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores sentences as {@link ReaderModel#scores} does, weighing each distinct word's runs of
 * letters once and keeping the sums: weighing runs is most of the reader's time, and a plan, like
 * a portfolio, repeats most of its words. A sentence's score is the sum of its words' sums,
 * corrected for the buckets it fills more than once, which the features count as
 * {@code 1 + ln n} rather than {@code n}. Thread-safe: a batch's scorers share one.
 */
public final class WordScores {

  /**
   * The most words kept, about 600 bytes each: some 12 MB, within the heap a batch keeps aside
   * beside its plans in flight ({@code MemoryBudget}), and more than a plan's vocabulary.
   */
  private static final int WORDS_KEPT = 20_000;

  /** A word's runs, repeats included, and each side's sum of their weights. */
  private record Word(int[] runs, double[] sums) {}

  private final ReaderModel model;
  private final Map<String, Word> words = new ConcurrentHashMap<>();

  public WordScores(ReaderModel model) {
    this.model = model;
  }

  public ReaderModel model() {
    return model;
  }

  /** Each side's score (log-odds) for the sentence, which holds these concepts' features ({@link ConceptFeatures}). */
  double[] scores(String sentence, int[] concepts) {
    int sides = model.sides().size();
    double[] sum = new double[sides];
    int[] runs = new int[CharGrams.mostRuns(sentence)];
    int count = 0;
    for (int start = CharGrams.wordStart(sentence, 0); start < sentence.length(); ) {
      int end = CharGrams.wordEnd(sentence, start);
      Word word = word(sentence.substring(start, end));
      for (int s = 0; s < sides; s++) {
        sum[s] += word.sums()[s];
      }
      System.arraycopy(word.runs(), 0, runs, count, word.runs().length);
      count += word.runs().length;
      start = CharGrams.wordStart(sentence, end);
    }
    CharGrams.repeats(runs, count, (bucket, times) -> model.weights().addRun(bucket, 1 + Math.log(times) - times, sum));
    double scale = count == 0 ? 0 : 1 / Math.sqrt(count);
    double[] scores = new double[sides];
    for (int s = 0; s < sides; s++) {
      scores[s] = model.sides().get(s).bias() + sum[s] * scale;
    }
    for (int concept : concepts) {
      model.weights().addRun(concept, ConceptFeatures.VALUE, scores);
    }
    return scores;
  }

  private Word word(String text) {
    Word known = words.get(text);
    if (known == null) {
      known = weigh(text);
      if (words.size() >= WORDS_KEPT) {
        words.clear();
      }
      words.put(text, known);
    }
    return known;
  }

  private Word weigh(String word) {
    int[] wordRuns = CharGrams.runs(word);
    double[] sums = new double[model.sides().size()];
    for (int run : wordRuns) {
      model.weights().addRun(run, 1, sums);
    }
    return new Word(wordRuns, sums);
  }
}
