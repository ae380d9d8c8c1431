package dk.parat.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words parat found and did not count are listed each with why: negated, only considered, about
 * an earlier project, somebody else's words, a guard too weak or a sign a guard outweighs. One
 * heading for all of them ("negated or dismissed") told a consultant the wrong reason for most.
 */
class NotCountedReasonsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "da|Fundet, men ikke talt med|nægtet eller afvist;kun overvejet, vagt eller med forbehold;om et tidligere projekt;"
          + "et spørgsmål eller andres ord;et værn, for svagt til at sikre;et advarselstegn, som et værn vejer op;"
          + "et advarselstegn, som den trænede læser tvivler på: den læser sætningen som et værn, eller resten af planen tyder ikke på faldgruben",
      "en|Found but not counted|negated or dismissed;only considered, vague or hedged;about an earlier project;"
          + "a question or somebody else's words;a guard too weak to guard;a sign of the pitfall, outweighed by a guard;"
          + "a sign of the pitfall that the trained reader doubts: it reads the sentence as a guard, or the rest of the plan as not walking into it"})
  void each_mention_not_counted_says_why(String lang, String heading, String reasons) {
    String report = Cli.run("check", "--detail", "--lang", lang, "examples/ai-chatbot-borgerservice.md").out();

    List<String> listed = notCounted(report, heading);
    assertThat(listed).isNotEmpty();
    assertThat(report).doesNotContain(heading + " (");
    for (String line : listed) {
      assertThat(List.of(reasons.split(";"))).as(line).anyMatch(reason -> line.endsWith("; " + reason + ")"));
    }
  }

  /** The list items under each "not counted" heading of the report. */
  private static List<String> notCounted(String report, String heading) {
    List<String> listed = new ArrayList<>();
    boolean in = false;
    for (String line : report.split("\n")) {
      if (line.startsWith("**")) {
        in = line.equals("**" + heading + ":**");
      } else if (in && line.startsWith("- ")) {
        listed.add(line);
      } else if (in && !line.isBlank()) {
        in = false;
      }
    }
    return listed;
  }
}
