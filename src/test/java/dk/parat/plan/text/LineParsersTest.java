package dk.parat.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The plain-text reader's hand-written line parsers read every line as the regular expressions
 * they replace did (issue 12, finding 5: those backtracked over long runs of spaces, and the
 * numbered heading's recursed on "1.1.1…"): checked against them on many random short lines.
 */
class LineParsersTest {

  private static final Pattern HEADER_LINE = Pattern.compile("^\\s*([\\p{L}_]+)\\s*:\\s*(\\S.*?)\\s*$");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)*)\\.?\\s+(\\p{Lu}.*)$");
  private static final String ALPHABET = " \t.:1_aÅZz9-";

  @Test
  void header_lines_are_split_as_the_pattern_split_them() {
    for (String line : randomLines(200_000)) {
      Matcher m = HEADER_LINE.matcher(line);
      HeaderBlock.Line parsed = HeaderBlock.Line.parse(line);
      if (m.matches()) {
        assertThat(parsed).as("'" + line + "'").isEqualTo(new HeaderBlock.Line(m.group(1), m.group(2)));
      } else {
        assertThat(parsed).as("'" + line + "'").isNull();
      }
    }
  }

  @Test
  void numbered_headings_are_read_as_the_pattern_read_them() {
    for (String line : randomLines(200_000)) {
      Matcher m = NUMBERED.matcher(line);
      TextPlanReader.Numbered parsed = TextPlanReader.Numbered.parse(line);
      if (m.matches()) {
        assertThat(parsed).as("'" + line + "'")
            .isEqualTo(new TextPlanReader.Numbered(m.group(1).split("\\.").length, m.group(2)));
      } else {
        assertThat(parsed).as("'" + line + "'").isNull();
      }
    }
  }

  @Test
  void a_header_line_padded_with_spaces_and_a_number_of_twenty_thousand_parts_are_read_at_once() {
    String padded = "Fase:" + " ".repeat(500_000) + "idé" + " ".repeat(500_000);
    assertThat(HeaderBlock.Line.parse(padded)).isEqualTo(new HeaderBlock.Line("Fase", "idé"));
    assertThat(HeaderBlock.Line.parse("Fase: a" + " ".repeat(500_000) + "b").value()).endsWith("b");
    assertThat(TextPlanReader.Numbered.parse("1.".repeat(20_000) + " Organisering").depth()).isEqualTo(20_000);
  }

  private static String[] randomLines(int n) {
    Random random = new Random(12);
    String[] lines = new String[n];
    for (int i = 0; i < n; i++) {
      StringBuilder line = new StringBuilder();
      for (int len = random.nextInt(9); len > 0; len--) {
        line.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      lines[i] = line.toString();
    }
    return lines;
  }
}
