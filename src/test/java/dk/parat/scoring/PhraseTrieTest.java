package dk.parat.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {

  /** Alternatives sharing first words, one inside another, one repeated, and one on its own. */
  private static final int[][] PHRASES = {{7, 1}, {3}, {7}, {12, 3, 4}, {3, 9}, {7, 1, 5}, {7, 1}};

  @Test
  void every_alternative_is_found_where_it_stands_and_only_there() {
    // Words' matchers: 7 | 1,3 | 5,9 | 12 | 3 | 4
    int[][] words = {{7}, {1, 3}, {5, 9}, {12}, {3}, {4}};

    assertThat(standing(PhraseTrie.of(PHRASES), words)).containsExactlyInAnyOrder(
        List.of(2, 0), List.of(0, 0), List.of(6, 0), List.of(5, 0),
        List.of(1, 1), List.of(4, 1),
        List.of(3, 3), List.of(1, 4));
  }

  @Test
  void an_alternative_that_runs_past_the_sentence_does_not_stand() {
    int[][] words = {{12}, {3}};

    assertThat(standing(PhraseTrie.of(PHRASES), words)).containsExactly(List.of(1, 1));
  }

  @Test
  void an_unwanted_alternative_is_not_told() {
    List<List<Integer>> told = new ArrayList<>();

    PhraseTrie.of(PHRASES).standing(new int[][] {{7}, {1}}, a -> a != 0, (a, t) -> told.add(List.of(a, t)));

    assertThat(told).containsExactlyInAnyOrder(List.of(2, 0), List.of(6, 0));
  }

  @Test
  void the_sentences_holding_some_alternative_need_every_word_of_one_of_them() {
    BitSet[] postings = new BitSet[13];
    postings[7] = bits(0, 1, 2);
    postings[1] = bits(1, 3);
    postings[12] = bits(4, 5);
    postings[3] = bits(5);
    postings[9] = bits(6);

    // {7} stands alone in 0, 1 and 2; {3} in 5; {12, 3, 4} lacks 4 everywhere; {3, 9} never meet.
    assertThat(PhraseTrie.of(PHRASES).holding(postings)).isEqualTo(bits(0, 1, 2, 5));
    assertThat(PhraseTrie.of(new int[][] {{7, 1}, {12, 3}}).holding(postings)).isEqualTo(bits(1, 5));
    assertThat(postings[7]).as("the postings are left as they were").isEqualTo(bits(0, 1, 2));
  }

  @Test
  void a_part_without_alternatives_stands_nowhere() {
    PhraseTrie none = PhraseTrie.of(new int[0][]);

    assertThat(standing(none, new int[][] {{1}})).isEmpty();
    assertThat(none.holding(new BitSet[] {bits(0)})).isEqualTo(new BitSet());
  }

  private static List<List<Integer>> standing(PhraseTrie trie, int[][] words) {
    List<List<Integer>> told = new ArrayList<>();
    trie.standing(words, a -> true, (a, t) -> told.add(List.of(a, t)));
    return told;
  }

  private static BitSet bits(int... set) {
    BitSet bits = new BitSet();
    for (int b : set) {
      bits.set(b);
    }
    return bits;
  }
}
