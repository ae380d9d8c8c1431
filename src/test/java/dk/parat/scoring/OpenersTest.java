package dk.parat.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenersTest {

  @Test
  void each_opening_matcher_leads_to_the_alternatives_that_open_with_it_in_their_order() {
    int[][] phrases = {{7, 1}, {3}, {7}, {12, 3, 4}, {3, 9}, {7, 2}};

    Openers openers = Openers.of(phrases);

    assertThat(openers.keys()).containsExactly(3, 7, 12);
    assertThat(openers.get(3)).containsExactly(1, 4);
    assertThat(openers.get(7)).containsExactly(0, 2, 5);
    assertThat(openers.get(12)).containsExactly(3);
    assertThat(openers.get(4)).isNull();
    assertThat(openers.get(0)).isNull();
    assertThat(openers.get(Integer.MAX_VALUE)).isNull();
  }

  @Test
  void a_part_without_alternatives_opens_nothing() {
    assertThat(Openers.of(new int[0][]).get(0)).isNull();
  }
}
