package dk.parat.scoring;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A pattern part's alternatives grouped by the number of their first word's matcher, so that a
 * word leads only to the alternatives it can open. Looked up by binary search in plain arrays:
 * made for every part at every start, and asked for every word of every candidate sentence.
 *
 * @param keys the opening matchers' numbers, ascending
 * @param alternatives for each key, the alternatives that open with it, ascending
 */
record Openers(int[] keys, int[][] alternatives) {

  static Openers of(int[][] phrases) {
    long[] pairs = new long[phrases.length];
    for (int a = 0; a < phrases.length; a++) {
      pairs[a] = (long) phrases[a][0] << 32 | a;
    }
    Arrays.sort(pairs);
    int distinct = 0;
    for (int i = 0; i < pairs.length; i++) {
      if (i == 0 || key(pairs[i]) != key(pairs[i - 1])) {
        distinct++;
      }
    }
    int[] keys = new int[distinct];
    int[][] alternatives = new int[distinct][];
    int k = -1;
    for (int i = 0; i < pairs.length; ) {
      int j = i;
      while (j < pairs.length && key(pairs[j]) == key(pairs[i])) {
        j++;
      }
      keys[++k] = key(pairs[i]);
      alternatives[k] = new int[j - i];
      for (int n = i; n < j; n++) {
        alternatives[k][n - i] = (int) pairs[n];
      }
      i = j;
    }
    return new Openers(keys, alternatives);
  }

  /** The alternatives the matcher opens, ascending; null when it opens none. */
  int[] get(int opener) {
    int at = Arrays.binarySearch(keys, opener);
    return at < 0 ? null : alternatives[at];
  }

  /** Something told where an alternative stands in a sentence. */
  interface Standing {
    void at(int alternative, int word);
  }

  /**
   * Tells {@code each} every alternative of these that stands in the sentence, and the word it
   * starts at: each word's matchers name the alternatives that open with them, and only those are
   * followed up. Word by word, and at each word in the order of its matchers.
   *
   * @param alternatives the alternatives grouped here, as their words' matcher numbers
   * @param words for each word of the sentence, the numbers of the matchers it satisfies, ascending
   * @param wanted whether an alternative is still worth looking for: a caller that needs only
   *     whether a concept stands saves looking up its thousands of other phrases
   */
  void standing(int[][] alternatives, int[][] words, IntPredicate wanted, Standing each) {
    for (int t = 0; t < words.length; t++) {
      for (int opener : words[t]) {
        int[] opening = get(opener);
        if (opening == null) {
          continue;
        }
        for (int a : opening) {
          if (wanted.test(a) && standsAt(alternatives[a], words, t)) {
            each.at(a, t);
          }
        }
      }
    }
  }

  private static boolean standsAt(int[] phrase, int[][] words, int start) {
    if (start + phrase.length > words.length) {
      return false;
    }
    for (int w = 1; w < phrase.length; w++) {
      if (Arrays.binarySearch(words[start + w], phrase[w]) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int key(long pair) {
    return (int) (pair >>> 32);
  }
}
