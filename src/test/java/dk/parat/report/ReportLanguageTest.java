package dk.parat.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A report is in one language all the way through: a Danish report holds no English status word,
 * and an English one no Danish one. What the plan itself says (its title, context values, quotes
 * and the sections they stand in) is left out of the count, since a plan is written in its own
 * language; so are the tags that only machines read.
 */
class ReportLanguageTest {

  private static final List<String> ENGLISH = List.of("covered", "partial", "missing", "guarded", "unclear", "exposed",
      "not-applicable", "not applicable", "waiver", "gate", "ready", "proven-elsewhere", "citizen-facing", "back-office",
      "municipality");
  private static final List<String> DANISH = List.of("dækket", "delvist", "mangler", "sikret", "uklart", "udsat",
      "ikke relevant", "undtaget", "klar", "kapitel", "vægt", "linje", "afsnit");

  /** The report's own words: the plan's title, declared values and quoted text taken out. */
  private static String ownWords(String report, boolean html) {
    String text = html ? report.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<title>.*?</title>", "")
        .replaceAll("(?s)<dd>.*?</dd>", "").replaceAll("(?s)<h1>.*?</h1>", "").replaceAll("(?s)<cite>.*?</cite>", "")
        .replaceAll("<[^>]+>", " ") : report.replaceAll("(?m)^(# |- \\*\\*).*$", "");
    return text.replaceAll("“[^”]*”( \\([^)]*\\))?", "").replaceAll("\\([^)]*\\)", "");
  }

  @ParameterizedTest
  @CsvSource({"da, examples/talegenkendelse-myndighed.md, markdown", "da, examples/skaermbesoeg-hjemmeplejen.docx, markdown",
      "da, examples/talegenkendelse-myndighed.md, html", "en, examples/cross-municipal-data-platform.md, markdown",
      "en, examples/cross-municipal-data-platform.md, html", "en, examples/esdh-opgradering.md, markdown"})
  void a_report_holds_no_status_word_of_the_other_language(String lang, String plan, String format) {
    Cli.Result r = Cli.run("check", "--all", "--detail", "--lang", lang, "-f", format, plan);
    assertThat(r.exit()).as(r.err()).isZero();
    String own = ownWords(r.out(), format.equals("html")).toLowerCase(java.util.Locale.ROOT);
    for (String word : lang.equals("da") ? ENGLISH : DANISH) {
      assertThat(Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(word) + "(?![\\p{L}-])").matcher(own).find())
          .as(lang + " report of " + plan + " (" + format + ") says '" + word + "'").isFalse();
    }
    assertThat(own).contains(lang.equals("da") ? "samlet vurdering" : "overall verdict");
  }
}
