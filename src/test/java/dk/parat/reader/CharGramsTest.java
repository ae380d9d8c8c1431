package dk.parat.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CharGramsTest {

  private static Set<Integer> buckets(String text) {
    return Arrays.stream(CharGrams.of(text).buckets()).boxed().collect(Collectors.toSet());
  }

  @Test
  void an_inflected_form_or_a_compound_shares_most_runs_of_letters_with_its_word() {
    Set<Integer> pilot = buckets("pilot");
    Set<Integer> compound = buckets("pilotafprøvningen");

    long shared = pilot.stream().filter(compound::contains).count();
    assertThat(shared).isGreaterThanOrEqualTo(pilot.size() - 3);
    assertThat(buckets("Pilot")).isEqualTo(pilot);
  }

  @Test
  void a_sentence_counts_each_run_once_with_its_weight_scaled_by_the_sentence_length() {
    CharGrams.Features once = CharGrams.of("pilot");
    CharGrams.Features twice = CharGrams.of("pilot pilot");

    assertThat(twice.buckets()).isEqualTo(once.buckets());
    // Each run twice: (1 + ln 2) over the square root of twice the runs.
    assertThat(twice.values()[0] / once.values()[0]).isCloseTo((1 + Math.log(2)) / Math.sqrt(2),
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(CharGrams.of("  ").size()).isZero();
    assertThat(CharGrams.of("a").size()).isEqualTo(1);
  }
}
