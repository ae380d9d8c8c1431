package dk.parat.plan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lines of a laid-out PDF paragraph joined into running text. */
class LineJoinerTest {

  @Test
  void line_ends_keep_the_hyphens_that_belong_to_the_words() {
    assertThat(LineJoiner.join("kørsels-", "timer om året")).isEqualTo("kørselstimer om året");
    assertThat(LineJoiner.join("ansvar for IT-", "support")).isEqualTo("ansvar for IT- support");
    assertThat(LineJoiner.join("sundheds-", "og omsorgsområdet")).isEqualTo("sundheds- og omsorgsområdet");
    assertThat(LineJoiner.join("kørsels\u00AD", "timer")).isEqualTo("kørselstimer");
    assertThat(LineJoiner.join("mindre", "tid")).isEqualTo("mindre tid");
  }
}
