package dk.parat.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistSet;
import dk.parat.reader.ConceptFeatures;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The concepts the trained reader sees in a sentence, found as the rules find them. */
class ConceptSpotterTest {

  private static ChecklistSet core;
  private static ConceptSpotter spotter;

  @BeforeAll
  static void load() throws Exception {
    core = ChecklistLoader.load(List.of("bedre-implementering"));
    spotter = ConceptSpotter.of(core);
  }

  private static int[] spotted(String sentence) {
    return spotter.features(core.analyzer().tokens(sentence));
  }

  private static int concept(String name) {
    return new ConceptFeatures(List.of(name)).buckets(new int[] {0})[0];
  }

  private static int pair(String first, String second) {
    List<String> names = new java.util.ArrayList<>(List.of(first, second));
    java.util.Collections.sort(names);
    int[] both = new ConceptFeatures(names).buckets(new int[] {0, 1});
    return java.util.Arrays.stream(both).filter(b -> b != concept(first) && b != concept(second)).findFirst().orElseThrow();
  }

  @Test
  void a_danish_and_an_english_big_bang_share_their_concepts_and_their_pair() {
    int[] danish = spotted("Alle 42 robotter installeres på alle seks plejecentre samme dag.");
    int[] english = spotted("All sites go live at once on the first Monday of March.");

    for (int[] sentence : List.of(danish, english)) {
      assertThat(sentence).contains(concept("scope-all"), concept("same-time"), pair("same-time", "scope-all"));
    }
  }

  @Test
  void every_takes_one_unit_in_english_as_all_takes_several() {
    for (String sentence : List.of("Every team goes live at once on the first Monday of March.",
        "Every single care home switches over on the same day.", "All teams go live at once.")) {
      assertThat(spotted(sentence)).as(sentence).contains(concept("scope-all"), pair("same-time", "scope-all"));
    }
  }

  @Test
  void inflections_and_compounds_count_as_the_concept_lists_them() {
    assertThat(spotted("Superbrugerne på hvert plejecenter får to timer om ugen.")).contains(concept("change-agent"));
    assertThat(spotted("Vi ruller ud trinvist, et plejecenter ad gangen.")).contains(concept("phased"))
        .doesNotContain(concept("same-time"));
  }

  @Test
  void a_phrase_counts_only_with_all_its_words_in_order() {
    assertThat(spotted("Dagen efter er den samme som før.")).doesNotContain(concept("same-time"));
    assertThat(spotted("De går i drift samme dag.")).contains(concept("same-time"));
  }

  @Test
  void a_sentence_of_no_concept_words_has_no_concept_features() {
    assertThat(spotted("Kaffen er god.")).isEmpty();
    assertThat(spotted("")).isEmpty();
  }
}
