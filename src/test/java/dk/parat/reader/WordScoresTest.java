package dk.parat.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weighing each word once and keeping it must give every sentence the score the model defines. */
class WordScoresTest {

  @Test
  void every_sentence_of_an_example_plan_scores_as_the_model_defines_words_repeated_or_not() throws IOException {
    ReaderModel model = Readers.bundled("bedre-implementering").orElseThrow();
    List<String> sentences = new ArrayList<>(Arrays.asList(
        Files.readString(Path.of("examples/skaermbesoeg-hjemmeplejen.md")).split("(?<=[.!?:])\\s+|\\n")));
    // Runs repeated within a word and across words, case, tabs, a lone letter and nothing at all.
    sentences.addAll(List.of("ssssss sss Sss", "Alle\tenheder  går i drift samme dag, alle enheder.", "a", "", "   "));
    WordScores words = new WordScores(model);
    int[] concepts = new ConceptFeatures(List.of("same-time", "scope-all", "phased")).buckets(new int[] {0, 1});
    int repeated = 0;
    // Twice over: the second time every word is known.
    for (String sentence : concat(sentences, sentences)) {
      double[] expected = model.scores(CharGrams.of(sentence).withConcepts(concepts));
      double[] scores = words.scores(sentence, concepts);
      for (int s = 0; s < expected.length; s++) {
        assertThat(scores[s]).as("side %d of '%s'", s, sentence).isCloseTo(expected[s], within(1e-9));
      }
      if (Arrays.stream(CharGrams.of(sentence).values()).distinct().count() > 1) {
        repeated++;
      }
    }
    assertThat(repeated).as("sentences with a bucket filled more than once").isGreaterThan(20);
    assertThat(sentences).hasSizeGreaterThan(100);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }
}
