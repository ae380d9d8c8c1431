package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import org.junit.jupiter.api.Test;

/** {@code parat explain}: ids as people type them, and completion for the values options take. */
class ExplainCommandTest {

  @Test
  void an_item_id_is_found_in_any_case() {
    Cli.Result r = Cli.run("explain", "--lang", "en", "bi-4-p2");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("BI-4-P2 · Everything has to be implemented at once\n");
  }

  @Test
  void an_unknown_id_suggests_the_nearest() {
    Cli.Result r = Cli.run("explain", "BI-4-P9");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("no item 'BI-4-P9'").contains("did you mean BI-4-P1 or BI-4-P2 or BI-4-P3?");
    assertThat(Cli.run("explain", "XYZZY-99").err()).contains("no item 'XYZZY-99'").doesNotContain("did you mean");
  }

  @Test
  void the_completion_script_offers_formats_levels_checklists_languages_and_item_ids() {
    String script = Cli.run("generate-completion").out();
    assertThat(script).contains("\"exposed\" \"missing\" \"partial\" \"never\"")
        .contains("\"markdown\" \"html\" \"csv\"")
        .contains("\"bedre-implementering\"")
        .contains("\"da\" \"en\"")
        .contains("BI-4-P2").contains("LEAD-1")
        .contains("\"idéudvikling\"");
  }
}
