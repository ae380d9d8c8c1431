package dk.parat.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The look-up every run of every sentence goes through: it must add exactly the weights the model file lists. */
class GramWeightsTest {

  @Test
  void each_side_gets_the_weighted_sum_of_the_runs_the_sentence_shares_with_the_model() {
    Random random = new Random(7);
    List<String> sentences = List.of("Alle enheder går i drift samme dag.", "Vi starter på ét plejecenter i marts.", "a");
    // Buckets at the edges of the range and of a 64-bit word, half of the sentences' own, and many at random.
    List<Integer> chosen = new ArrayList<>(List.of(0, 63, 64, 65, CharGrams.BUCKETS - 1));
    for (String sentence : sentences) {
      for (int bucket : CharGrams.of(sentence).buckets()) {
        if (random.nextBoolean()) {
          chosen.add(bucket);
        }
      }
    }
    for (int i = 0; i < 3000; i++) {
      chosen.add(random.nextInt(CharGrams.BUCKETS));
    }
    SortedMap<Integer, List<GramWeights.Weight>> byBucket = new TreeMap<>();
    for (int bucket : chosen) {
      List<GramWeights.Weight> weights = new ArrayList<>();
      for (int side = 0; side < 4; side++) {
        if (random.nextBoolean()) {
          weights.add(new GramWeights.Weight(side, (float) random.nextGaussian()));
        }
      }
      byBucket.put(bucket, weights);
    }
    GramWeights table = GramWeights.of(byBucket);
    for (String sentence : sentences.subList(0, 2)) {
      CharGrams.Features features = CharGrams.of(sentence);
      double[] expected = new double[4];
      for (int i = 0; i < features.size(); i++) {
        for (GramWeights.Weight w : byBucket.getOrDefault(features.buckets()[i], List.of())) {
          expected[w.side()] += features.values()[i] * w.weight();
        }
      }
      double[] scores = new double[4];
      table.addTo(features, scores);
      assertThat(expected).as("the sentence shares weighted runs with the table").isNotEqualTo(new double[4]);
      for (int s = 0; s < 4; s++) {
        assertThat(scores[s]).isCloseTo(expected[s], within(1e-9));
      }
    }
  }

  @Test
  void buckets_out_of_order_are_refused() {
    assertThatThrownBy(() -> new GramWeights(new int[] {5, 3}, new int[] {0, 1, 2}, new int[] {0, 0}, new float[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
    assertThatThrownBy(() -> new GramWeights(new int[] {5}, new int[] {0, 2}, new int[] {0}, new float[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
