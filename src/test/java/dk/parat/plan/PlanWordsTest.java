package dk.parat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan's length in words, as the thin-plan cut and the red-flag doubt weigh it: a block's text,
 * stripped of white space at its ends, split at runs of ASCII white space.
 */
class PlanWordsTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      empty                                    | ''                        | 0
      only spaces                              | '   '                     | 0
      only a line separator between spaces     | ' \u2028 '                | 0
      two words                                | 'to ord'                  | 2
      tabs, new lines and spaces at both ends  | '  en\tto\ntre  '         | 3
      a no-break space joins                   | 'en\u00A0to'              | 1
      a line separator inside is a word        | 'en \u2028 to'            | 3
      a line separator at the start is not     | '\u2028en to'             | 2
      a vertical tab splits                    | 'en\u000Bto'              | 2
      runs of white space split once           | 'en  \t  to'              | 2
      """)
  void a_block_counts_the_words_between_its_white_space(String what, String text, int words) {
    assertThat(plan(text).words()).as(what).isEqualTo(words);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      two blocks       | 'en to' | 'tre'  | 3
      a blank block    | 'en to' | '   '  | 2
      """)
  void the_plan_adds_up_its_blocks(String what, String first, String second, int words) {
    Plan plan = new Plan("plan.md", PlanFormat.MARKDOWN, PlanContext.empty(),
        List.of(new Section(List.of("Udrulning"), 2, 1, List.of(Block.single(Block.Kind.PARAGRAPH, first, 2))),
            new Section(List.of("Støtte"), 2, 4, List.of(Block.single(Block.Kind.LIST_ITEM, second, 5)))),
        "", List.of());
    assertThat(plan.words()).as(what).isEqualTo(words);
  }

  private static Plan plan(String text) {
    return new Plan("plan.md", PlanFormat.MARKDOWN, PlanContext.empty(),
        List.of(new Section(List.of("Udrulning"), 2, 1, List.of(Block.single(Block.Kind.PARAGRAPH, text, 2)))),
        "", List.of());
  }
}
