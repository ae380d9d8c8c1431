package dk.parat.plan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A table-of-contents line is told as the pattern it replaces told it (issue 12, finding 6). */
class ContentsEntryTest {

  private static final Pattern CONTENTS_ENTRY = Pattern.compile("(?:(?:\\.\\s?){4,}|…+)\\s*\\d+\\s*$");
  private static final String ALPHABET = ". …1 \tA";

  @Test
  void random_lines_are_told_as_the_pattern_told_them() {
    Random random = new Random(7);
    for (int i = 0; i < 300_000; i++) {
      StringBuilder line = new StringBuilder();
      for (int len = random.nextInt(12); len > 0; len--) {
        line.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = line.toString();
      assertThat(PdfBlocks.isContentsEntry(text)).as("'" + text + "'").isEqualTo(CONTENTS_ENTRY.matcher(text).find());
    }
  }

  @Test
  void a_line_of_twenty_thousand_dots_is_read_without_recursion() {
    assertThat(PdfBlocks.isContentsEntry(".".repeat(20_000) + " 7")).isTrue();
    assertThat(PdfBlocks.isContentsEntry(". ".repeat(20_000))).isFalse();
  }
}
