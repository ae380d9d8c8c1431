package dk.parat.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptFeaturesTest {

  private static int single(String name) {
    return new ConceptFeatures(List.of(name)).buckets(new int[] {0})[0];
  }

  @Test
  void a_sentence_of_three_concepts_has_each_and_each_pair_above_the_runs_of_letters() {
    int[] buckets = new ConceptFeatures(List.of("scope-all", "same-time", "go-live")).buckets(new int[] {0, 1, 2});

    assertThat(buckets).hasSize(6).doesNotHaveDuplicates();
    assertThat(Arrays.stream(buckets).boxed()).allMatch(b -> b >= CharGrams.BUCKETS && b < CharGrams.FEATURES);
    assertThat(buckets).contains(single("scope-all"), single("same-time"), single("go-live"));
  }

  @Test
  void a_concept_keeps_its_feature_when_concepts_are_added_or_reordered() {
    ConceptFeatures before = new ConceptFeatures(List.of("phased", "same-time"));
    ConceptFeatures after = new ConceptFeatures(List.of("later", "same-time", "new-concept", "phased"));

    int[] was = before.buckets(new int[] {0, 1});
    int[] is = after.buckets(new int[] {1, 3});
    Arrays.sort(was);
    Arrays.sort(is);
    assertThat(is).isEqualTo(was);
  }

  @Test
  void a_pair_is_not_either_of_its_concepts_and_no_concepts_are_no_features() {
    int[] pair = new ConceptFeatures(List.of("staff", "informed")).buckets(new int[] {0, 1});

    assertThat(pair).hasSize(3);
    assertThat(Arrays.stream(pair).filter(b -> b != single("staff") && b != single("informed"))).hasSize(1);
    assertThat(new ConceptFeatures(List.of("staff")).buckets(new int[0])).isEmpty();
  }
}
