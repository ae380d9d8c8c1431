package dk.parat.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Each bucket of runs of letters with the weights the sides give it. Every run of every sentence
 * is looked up here, so the table is open addressing over plain arrays: no boxing, no hashing of
 * objects.
 */
public final class GramWeights {

  /** One side's weight for a bucket. */
  public record Weight(int side, float weight) {}

  /** The buckets with weights, ascending; bucket {@code i}'s weights are entries {@code starts[i]} to {@code starts[i + 1]}. */
  private final int[] buckets;
  private final int[] starts;
  private final int[] sides;
  private final float[] weights;
  /** Per slot three numbers side by side, so that one look-up touches one cache line: bucket + 1 (0 for none), first and end entry. */
  private final int[] slots;
  private final int mask;
  /** One bit per bucket, set for those that have weights: most runs of a sentence have none, and this says so from cache. */
  private final long[] weighed = new long[CharGrams.BUCKETS / 64];

  GramWeights(int[] buckets, int[] starts, int[] sides, float[] weights) {
    this.buckets = buckets;
    this.starts = starts;
    this.sides = sides;
    this.weights = weights;
    int size = Integer.highestOneBit(Math.max(4, buckets.length * 2)) * 2;
    mask = size - 1;
    slots = new int[size * 3];
    for (int i = 0; i < buckets.length; i++) {
      int slot = buckets[i] & mask;
      while (slots[slot * 3] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot * 3] = buckets[i] + 1;
      slots[slot * 3 + 1] = starts[i];
      slots[slot * 3 + 2] = starts[i + 1];
      weighed[buckets[i] >>> 6] |= 1L << buckets[i];
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
      if ((weighed[found[i] >>> 6] & (1L << found[i])) == 0) {
        continue;
      }
      int key = found[i] + 1;
      for (int slot = found[i] & mask; slots[slot * 3] != 0; slot = (slot + 1) & mask) {
        if (slots[slot * 3] == key) {
          for (int j = slots[slot * 3 + 1]; j < slots[slot * 3 + 2]; j++) {
            scores[sides[j]] += values[i] * weights[j];
          }
          break;
        }
      }
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
