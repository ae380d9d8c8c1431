package dk.parat.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureWordsTest {

  @Test
  void words_are_lower_case_and_a_blank_one_is_left_out() {
    FurnitureWords words = FurnitureWords.of(new Lexicon.Furniture(List.of("Indhold"), List.of(" ", "Kontaktperson"),
        List.of(""), null, List.of("Side # af #"), List.of("Fra:")));

    assertThat(words.headings()).containsExactly("indhold");
    assertThat(words.contact()).containsExactly("kontaktperson");
    assertThat(words.phone()).isEmpty();
    assertThat(words.metadata()).isEmpty();
    assertThat(words.pages()).containsExactly("side # af #");
    assertThat(words.mail()).containsExactly("fra:");
  }
}
