package dk.parat.scoring;

import java.util.Arrays;

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

  private static int key(long pair) {
    return (int) (pair >>> 32);
  }
}
