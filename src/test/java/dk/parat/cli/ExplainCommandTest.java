package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.TestChecklists;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parat explain}: ids as people type them, and completion for the values options take. */
class ExplainCommandTest {

  private static final String MINI = TestChecklists.MINI.toAbsolutePath().toString();

  @TempDir
  Path dir;

  private Cli.Result explain(String item, String plan, String... options) throws Exception {
    Path file = Files.writeString(dir.resolve("plan.md"), plan);
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("explain", "-c", MINI));
    args.addAll(java.util.List.of(options));
    args.addAll(java.util.List.of(item, file.toString()));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return r;
  }

  @Test
  void a_negated_mention_is_shown_as_weighed_and_not_counted() throws Exception {
    String out = explain("mini-i1", "# Plan\n\nVi udpeger ikke superbrugere i projektet.\n").out();
    assertThat(out).startsWith("MINI-I1 · Alle kender deres rolle\n").contains("parat fandt: mangler")
        .contains("Sætninger, parat vejede (1):")
        .contains("1. linje 3, Plan · nægtet: ikke talt med: omtalen siger nej")
        .contains("“Vi udpeger ikke superbrugere i projektet.”")
        .contains("fundet af ordlyden superbruger")
        .contains("Talt med: styrke 0 af 4 nødvendige; konkret detalje: nej")
        .contains("De nægtede omtaler tæller med, hvis planen siger ja i stedet for nej.");
  }

  @Test
  void a_plan_that_guards_and_shows_a_red_flag_contradicts_itself_unless_its_guards_are_too_weak() throws Exception {
    String weak = explain("MINI-P1", "# Plan\n\nDer laves en pilot i et af teamene.\n\nLøsningen tages i brug i hele kommunen på én gang.\n",
        "--lang", "en").out();
    assertThat(weak).contains("parat found: exposed")
        .contains("line 5, Plan · red flag: counted as a red flag")
        .contains("line 3, Plan · support: a guard, but too weak to guard")
        .contains("Conflict: The plan both guards against the pitfall and shows it. The guards reach only strength 1 of "
            + "the 3 needed, so the red flags decide: exposed.")
        .contains("Guards adding up to strength 3 would make the plan contradict itself (unclear)");
    String strong = explain("MINI-P1", "# Plan\n\nFørste bølge er en pilot i Team Nord i marts 2025, ledet af Ole Hansen."
        + "\n\nLøsningen tages i brug i hele kommunen på én gang.\n", "--lang", "en").out();
    assertThat(strong).contains("parat found: unclear")
        .contains("red flag: counted as a red flag: the plan contradicts its own guard")
        .contains("support: counted as a guard, but a red flag contradicts it")
        .contains("Conflict: The plan both guards against the pitfall and shows it: it contradicts itself, so the "
            + "verdict is unclear and both sides are quoted.")
        .contains("Without the red flags it would be guarded, without the guards exposed");
  }

  @Test
  void a_heading_that_names_the_item_is_no_evidence_by_itself() throws Exception {
    String out = explain("MINI-I2", "# Plan\n\n## Support\n\nTBD\n\n## Økonomi\n\nBudgettet er 200.000 kr.\n",
        "--lang", "en").out();
    assertThat(out).contains("parat found: missing").contains("Sentences parat weighed (0):")
        .contains("No sentence in the plan matched the item's rules.")
        .contains("Headings that name the item:\n  - “Support” (line 3, 1 block under it)\n"
            + "  A heading is never evidence by itself")
        .contains("A sentence about the item (in its words, or under a heading that names it) makes it partial");
  }

  @Test
  void an_item_set_aside_by_the_plans_context_says_why_and_what_brings_it_back() throws Exception {
    String out = explain("MINI-I2", "---\nphase: idéudvikling\n---\n# Plan\n\nSupport aftales senere.\n", "--lang", "en").out();
    assertThat(out).contains("parat found: not applicable").contains("set aside in the plan's context: Too early.")
        .contains("The item comes back when the plan's context");
  }

  @Test
  void a_plan_that_cannot_be_read_is_an_input_error() {
    Cli.Result r = Cli.run("explain", "BI-1-I1", "examples/no-such-plan.md");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("examples/no-such-plan.md: no such file");
  }

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
