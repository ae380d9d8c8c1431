package dk.parat.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Each bucket of runs of letters with the weights the sides give it. Every run of every sentence
 * is looked up here, so the look-up is a bit set and a rank over plain arrays: no boxing, no
 * hashing, and few places in memory touched per run.
 */
public final class GramWeights {

  /** One side's weight for a bucket. */
  public record Weight(int side, float weight) {}

  /** The buckets with weights, ascending; bucket {@code i}'s weights are entries {@code starts[i]} to {@code starts[i + 1]}. */
  private final int[] buckets;
  private final int[] starts;
  private final int[] sides;
  private final float[] weights;
  /** One bit per bucket, set for those that have weights: most runs of a sentence have none, and this says so from cache. */
  private final long[] weighed = new long[CharGrams.FEATURES / 64];
  /**
   * For each word of {@link #weighed}, how many buckets with weights come before it: a bucket's
   * place in the ascending {@link #buckets} is that plus the set bits below it in its word.
   */
  private final int[] rank = new int[CharGrams.FEATURES / 64];

  GramWeights(int[] buckets, int[] starts, int[] sides, float[] weights) {
    this.buckets = buckets;
    this.starts = starts;
    this.sides = sides;
    this.weights = weights;
    // The rank finds a bucket's weights only if the buckets ascend, each once, and the entries follow them.
    if (starts.length != buckets.length + 1 || starts[0] != 0 || starts[buckets.length] != sides.length
        || sides.length != weights.length) {
      throw new IllegalArgumentException("the buckets' entries do not match their weights");
    }
    for (int i = 0; i < buckets.length; i++) {
      if (buckets[i] < 0 || buckets[i] >= CharGrams.FEATURES || i > 0 && buckets[i] <= buckets[i - 1]
          || starts[i + 1] < starts[i]) {
        throw new IllegalArgumentException("bucket " + buckets[i] + " is out of order or out of range");
      }
      weighed[buckets[i] >>> 6] |= 1L << buckets[i];
    }
    for (int w = 1; w < rank.length; w++) {
      rank[w] = rank[w - 1] + Long.bitCount(weighed[w - 1]);
    }
  }

  public static GramWeights of(SortedMap<Integer, List<Weight>> byBucket) {
    int[] buckets = new int[byBucket.size()];
    int[] starts = new int[byBucket.size() + 1];
    int total = byBucket.values().stream().mapToInt(List::size).sum();
    int[] sides = new int[total];
    float[] weights = new float[total];
    int b = 0;
    int at = 0;
    for (Map.Entry<Integer, List<Weight>> entry : byBucket.entrySet()) {
      buckets[b] = entry.getKey();
      starts[b++] = at;
      for (Weight w : entry.getValue()) {
        sides[at] = w.side();
        weights[at++] = w.weight();
      }
    }
    starts[b] = at;
    return new GramWeights(buckets, starts, sides, weights);
  }

  /** The weights by bucket, in bucket order, as the model file lists them. */
  public SortedMap<Integer, List<Weight>> byBucket() {
    SortedMap<Integer, List<Weight>> byBucket = new TreeMap<>();
    for (int i = 0; i < buckets.length; i++) {
      List<Weight> list = new ArrayList<>();
      for (int j = starts[i]; j < starts[i + 1]; j++) {
        list.add(new Weight(sides[j], weights[j]));
      }
      byBucket.put(buckets[i], list);
    }
    return byBucket;
  }

  /** How many buckets have weights. */
  public int size() {
    return buckets.length;
  }

  int[] buckets() {
    return buckets;
  }

  int[] starts() {
    return starts;
  }

  int[] sides() {
    return sides;
  }

  float[] weights() {
    return weights;
  }

  /** Adds each side's weighted sum over the sentence's runs to {@code scores}. */
  public void addTo(CharGrams.Features features, double[] scores) {
    int[] found = features.buckets();
    double[] values = features.values();
    for (int i = 0; i < found.length; i++) {
      addRun(found[i], values[i], scores);
    }
  }

  /** Adds each side's weight for the bucket, times {@code value}, to {@code scores}. */
  void addRun(int bucket, double value, double[] scores) {
    long word = weighed[bucket >>> 6];
    long bit = 1L << bucket;
    if ((word & bit) == 0) {
      return;
    }
    int at = rank[bucket >>> 6] + Long.bitCount(word & (bit - 1));
    for (int j = starts[at]; j < starts[at + 1]; j++) {
      scores[sides[j]] += value * weights[j];
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GramWeights other && Arrays.equals(buckets, other.buckets)
        && Arrays.equals(starts, other.starts) && Arrays.equals(sides, other.sides)
        && Arrays.equals(weights, other.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(buckets) * 31 + Arrays.hashCode(weights);
  }
}
