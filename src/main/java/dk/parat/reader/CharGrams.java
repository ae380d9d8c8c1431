package dk.parat.reader;

import java.util.Arrays;

/**
 * A sentence as the trained reader sees it: the runs of three to five letters of each word, the
 * word padded with a space at each end ({@code " pilot "} gives {@code " pi"}, {@code "pil"} …
 * {@code "lot "}), hashed into a fixed number of buckets. Runs of letters carry inflections and
 * compounds without a dictionary: "pilotafprøvningen" shares most of its runs with "pilot" and
 * "afprøvning".
 */
public final class CharGrams {

  /** 2^20 buckets: collisions among the few hundred thousand runs a corpus holds are rare. */
  public static final int BUCKETS = 1 << 20;
  /** Every feature's number is below this: runs of letters below {@link #BUCKETS}, concepts from it on ({@link ConceptFeatures}). */
  public static final int FEATURES = 2 * BUCKETS;
  private static final int SHORTEST = 3;
  private static final int LONGEST = 5;
  /** What a run's length adds to its hash ({@code n * 0x9E3779B9 * 31^n}), so that runs of different lengths differ. */
  private static final int[] SEEDS = new int[LONGEST + 1];

  static {
    for (int n = 1; n <= LONGEST; n++) {
      int seed = n * 0x9E3779B9;
      for (int k = 0; k < n; k++) {
        seed *= 31;
      }
      SEEDS[n] = seed;
    }
  }

  /**
   * A sentence's features: the buckets it fills, in the order it first fills them, each with {@code (1 + ln count)}
   * divided by the square root of the sentence's number of runs, so that a long sentence does not
   * outweigh a short one by its length alone.
   */
  public record Features(int[] buckets, double[] values) {

    public int size() {
      return buckets.length;
    }

    /** These features and the concepts' ({@link ConceptFeatures#buckets}), each at {@link ConceptFeatures#VALUE}. */
    public Features withConcepts(int[] concepts) {
      if (concepts.length == 0) {
        return this;
      }
      int[] all = Arrays.copyOf(buckets, buckets.length + concepts.length);
      double[] allValues = Arrays.copyOf(values, values.length + concepts.length);
      System.arraycopy(concepts, 0, all, buckets.length, concepts.length);
      Arrays.fill(allValues, values.length, allValues.length, ConceptFeatures.VALUE);
      return new Features(all, allValues);
    }
  }

  private CharGrams() {}

  /** Each thread's working arrays, grown as needed: a plan has hundreds of sentences, a batch thousands of plans. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static final class Scratch {
    int[] hashes = new int[1024];
    int[] keys = new int[1024];
    int[] counts = new int[1024];
    int[] order = new int[1024];
  }

  public static Features of(String sentence) {
    Scratch scratch = SCRATCH.get();
    int needed = mostRuns(sentence);
    if (scratch.hashes.length < needed) {
      scratch.hashes = new int[needed];
      scratch.order = new int[needed];
    }
    int count = 0;
    for (int start = wordStart(sentence, 0); start < sentence.length(); ) {
      int end = wordEnd(sentence, start);
      count = word(sentence, start, end, scratch.hashes, count);
      start = wordStart(sentence, end);
    }
    int distinct = tally(scratch, scratch.hashes, count);
    int[] buckets = new int[distinct];
    double[] values = new double[distinct];
    double scale = count == 0 ? 0 : 1 / Math.sqrt(count);
    for (int i = 0; i < distinct; i++) {
      int slot = scratch.order[i];
      buckets[i] = scratch.keys[slot] - 1;
      values[i] = (scratch.counts[slot] == 1 ? 1 : 1 + Math.log(scratch.counts[slot])) * scale;
      clear(scratch, slot);
    }
    return new Features(buckets, values);
  }

  /** At least as many runs as the sentence holds: a word of n letters has at most 3n. */
  static int mostRuns(String sentence) {
    return Math.max(16, 3 * sentence.length());
  }

  /** Where the first word at or after {@code from} starts: the sentence's length when none does. */
  static int wordStart(String sentence, int from) {
    int i = from;
    while (i < sentence.length() && Character.isWhitespace(sentence.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where the word that starts at {@code start} ends. */
  static int wordEnd(String sentence, int start) {
    int i = start;
    while (i < sentence.length() && !Character.isWhitespace(sentence.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The buckets of one word's runs, repeats included, in the order {@link #of} reads them. */
  static int[] runs(String word) {
    int[] hashes = new int[(word.length() + 2) * 3];
    return Arrays.copyOf(hashes, word(word, 0, word.length(), hashes, 0));
  }

  /** Something told, for each bucket that the runs fill more than once, how many times they fill it. */
  interface RepeatedBucket {
    void times(int bucket, int times);
  }

  /** Tells {@code each} the buckets that the first {@code count} runs fill more than once. */
  static void repeats(int[] hashes, int count, RepeatedBucket each) {
    Scratch scratch = SCRATCH.get();
    if (scratch.order.length < count) {
      scratch.order = new int[count];
    }
    int distinct = tally(scratch, hashes, count);
    for (int i = 0; i < distinct; i++) {
      int slot = scratch.order[i];
      if (scratch.counts[slot] > 1) {
        each.times(scratch.keys[slot] - 1, scratch.counts[slot]);
      }
      clear(scratch, slot);
    }
  }

  private static int word(String text, int start, int end, int[] hashes, int count) {
    // A word of one letter padded is three long: every word has a run of the shortest length.
    int padded = end - start + 2;
    // Each run grows from the one before it, three letters to five, so each letter is read once per run length.
    for (int from = 0; from + SHORTEST <= padded; from++) {
      int h = 0;
      for (int k = from; k < from + LONGEST && k < padded; k++) {
        h = 31 * h + letter(text, start, padded, k);
        int n = k - from + 1;
        if (n >= SHORTEST) {
          hashes[count++] = spread(SEEDS[n] + h);
        }
      }
    }
    return count;
  }

  private static char letter(String text, int start, int padded, int k) {
    return k == 0 || k == padded - 1 ? ' ' : Character.toLowerCase(text.charAt(start + k - 1));
  }

  /** MurmurHash3's finaliser: spreads the bits, so that the low ones make a fair bucket. */
  static int spread(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h & (BUCKETS - 1);
  }

  /**
   * Counts each bucket in a small open-addressing table rather than sorting: a sentence has a few
   * hundred runs, and this is done for every sentence of every plan. The slots used are in
   * {@code order}, first use first; each must be {@link #clear}ed after.
   */
  private static int tally(Scratch scratch, int[] hashes, int count) {
    int size = Integer.highestOneBit(Math.max(8, count)) * 4;
    if (scratch.keys.length < size) {
      scratch.keys = new int[size];
      scratch.counts = new int[size];
    }
    int[] keys = scratch.keys;
    int[] counts = scratch.counts;
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      int key = hashes[i] + 1;
      int slot = hashes[i] & (size - 1);
      while (keys[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & (size - 1);
      }
      if (keys[slot] == 0) {
        keys[slot] = key;
        scratch.order[distinct++] = slot;
      }
      counts[slot]++;
    }
    return distinct;
  }

  /** Leaves a slot clean for the next sentence: only the slots one used are cleared. */
  private static void clear(Scratch scratch, int slot) {
    scratch.keys[slot] = 0;
    scratch.counts[slot] = 0;
  }
}
