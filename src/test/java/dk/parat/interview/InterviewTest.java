package dk.parat.interview;

import static dk.parat.interview.ScriptedTerminal.CTRL_C;
import static dk.parat.interview.ScriptedTerminal.CTRL_D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.parat.answers.Answer;
import dk.parat.answers.Answers;
import dk.parat.answers.AnswersFile;
import dk.parat.checklist.Status;
import dk.parat.files.InputError;
import dk.parat.plan.PlanLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Size;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interview driven through JLine with scripted keys, on the mini checklist: MINI-I1 partial,
 * MINI-P1 exposed (a critical pitfall), MINI-I2 missing in the plan below.
 */
class InterviewTest {

  private static final String BODY = """
      # Plan

      Superbrugere udpeges.

      Løsningen tages i brug i hele kommunen på én gang.

      # Økonomi

      Budgettet er 2 mio. kr.
      """;

  @TempDir
  Path dir;
  Path plan;
  Path answersFile;

  @BeforeEach
  void writePlan() throws Exception {
    plan = dir.resolve("plan.md");
    answersFile = dir.resolve("plan.md.parat.yaml");
    Files.writeString(plan, BODY);
  }

  private String interview(String... script) throws Exception {
    return ScriptedTerminal.run(ScriptedTerminal.mini(plan), script);
  }

  /** The text with every run of white space as one space: what a person reads, however the lines were wrapped. */
  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private Answers answers() throws Exception {
    return AnswersFile.read(answersFile, "plan.md.parat.yaml").orElseThrow();
  }

  private String digest() throws Exception {
    return PlanLoader.standard().load(plan).digest();
  }

  @Test
  void every_answer_is_in_the_file_at_once_with_status_note_who_when_and_the_plan_digest() throws Exception {
    String shown = interview("c Roller står i bilag 2", "s", "na");
    assertThat(shown).contains("MINI-I1 › c Roller står i bilag 2\n✔ saved: MINI-I1 covered (covered)")
        .contains("MINI-P1 › s\n").contains("MINI-I2 › na\n✔ saved: MINI-I2 not-applicable");
    Answers answers = answers();
    assertThat(answers.last()).isEqualTo("MINI-I2");
    assertThat(answers.answers()).hasSize(2);
    Answer first = answers.answers().get(0);
    assertThat(first.item()).isEqualTo("MINI-I1");
    assertThat(first.status()).isEqualTo(Status.COVERED);
    assertThat(first.note()).isEqualTo("Roller står i bilag 2");
    assertThat(first.by()).isEqualTo("mette");
    assertThat(first.timestamp()).isEqualTo("2025-03-04T10:15:30+01:00");
    assertThat(first.planDigest()).isEqualTo(digest());
    assertThat(answers.of("MINI-I2").orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void the_item_shows_parats_status_with_quotes_line_numbers_and_the_questions() throws Exception {
    String shown = interview(":goto MINI-P1");
    assertThat(shown).contains("── mini · Chapter 1: Roles (p. 1-2) ─").contains("─ 1/3 ──")
        .contains("MINI-I1 · Everyone knows their role\ninsight · p. 1 · weight 1\n")
        .contains("parat: partial (partial)\n  line 3 (Plan): “Superbrugere udpeges.”\n")
        .contains("Questions for the project team:\n  - Who does what?\n")
        .contains("parat: exposed (exposed)\n  Red flags:\n  line 5 (Plan): “Løsningen tages i brug i hele kommunen på én gang.”");
  }

  @Test
  void accepting_keeps_parats_status_and_a_note_alone_keeps_the_status() throws Exception {
    interview("a", "n Team har tvivl", ":goto MINI-I1", "n og en note til");
    Answers answers = answers();
    assertThat(answers.of("MINI-I1").orElseThrow().status()).isEqualTo(Status.PARTIAL);
    assertThat(answers.of("MINI-I1").orElseThrow().note()).isEqualTo("og en note til");
    assertThat(answers.of("MINI-P1").orElseThrow().status()).as("a note alone sets no status").isNull();
    assertThat(answers.of("MINI-P1").orElseThrow().note()).isEqualTo("Team har tvivl");
  }

  @Test
  void a_status_given_later_keeps_the_note_said_before() throws Exception {
    interview("n", "Budget aftalt i maj!", "c");
    Answer a = answers().of("MINI-I1").orElseThrow();
    assertThat(a.status()).isEqualTo(Status.COVERED);
    assertThat(a.note()).isEqualTo("Budget aftalt i maj!");
  }

  @Test
  void danish_letters_quotes_backslashes_and_exclamation_marks_are_kept_as_typed() throws Exception {
    String note = "Æbler, øl og ål — \"citat\", it's 100% \\ klart!";
    String shown = interview("n " + note);
    assertThat(answers().of("MINI-I1").orElseThrow().note()).isEqualTo(note);
    assertThat(flat(shown)).contains("Note: “" + note + "”");
  }

  @Test
  void a_status_that_does_not_fit_the_item_is_refused_and_nothing_is_saved() throws Exception {
    String shown = interview(":goto MINI-P1", "c", "covered");
    assertThat(shown).contains("MINI-P1 (pitfall) takes one of: guarded, unclear, exposed, not-applicable");
    assertThat(answersFile).doesNotExist();
  }

  @Test
  void a_reopened_interview_resumes_after_the_last_answer() throws Exception {
    interview("a", CTRL_D);
    String again = interview("g");
    assertThat(again).contains("Resuming: 1 answer(s) so far, the last on MINI-I1.")
        .doesNotContain("MINI-I1 ›").contains("─ 2/3 ──\nMINI-P1 · Everything at once");
    assertThat(answers().answers()).extracting(Answer::item).containsExactly("MINI-I1", "MINI-P1");
  }

  @Test
  void an_answer_given_on_an_earlier_plan_is_flagged_possibly_stale() throws Exception {
    interview("c");
    Files.writeString(plan, BODY + "\nEn ny linje fra projektgruppen.\n");
    String again = interview(":goto MINI-I1");
    assertThat(flat(again)).contains("1 answer(s) were given on an earlier version of the plan and are marked possibly stale.")
        .contains("Answer: Set by the consultant (mette, 2025-03-04T10:15:30+01:00): covered; parat found "
            + "partial. ⚠ possibly stale: the plan has changed since this answer");
  }

  @Test
  void score_shows_the_live_score_and_band_beside_parats_own() throws Exception {
    String shown = interview("c", "g", "c", ":score");
    assertThat(shown).contains("Scores with the answers so far\nmini: 100/100 · Ready (parat alone: 17/100 · Not ready)")
        .contains("  1. Roles").contains("100 ██████████")
        .contains("3 answer(s), 3 changing parat's status, 0 possibly stale");
  }

  @Test
  void moving_around_by_goto_chapter_back_and_skip() throws Exception {
    String shown = interview("b", ":goto mini-i2", ":goto NOPE", ":goto", ":chapter 2", ":chapter 9", "s", "s", "s", "a");
    assertThat(shown).contains("MINI-I1 › b\nThis is the first item.")
        .contains("MINI-I1 › :goto mini-i2\n\n── mini · Chapter 2")
        .contains("No item 'NOPE' in this interview's checklists; Tab after :goto lists them.")
        .contains(":goto needs an item id, e.g. :goto MINI-I1")
        .contains("MINI-I2 › :chapter 2\n\n── mini · Chapter 2: Rollout (p. 3) ───")
        .contains("No chapter '9' in this checklist; its chapters are 1, 2.")
        .contains("That was the last item: 0 of 3 items have an answer.")
        .contains("parat › a\nPast the last item there is nothing to answer");
    assertThat(answersFile).doesNotExist();
  }

  @Test
  void explain_shows_the_source_page_description_and_advice() throws Exception {
    assertThat(interview(":explain")).contains("MINI-I1 · Everyone knows their role\ninsight · Mini checklist, chapter 1 · p. 1 (Testudgivelse)")
        .contains("Roles are described.").contains("Advice: Describe the roles.");
  }

  @Test
  void ctrl_c_asks_before_leaving_and_ctrl_d_leaves() throws Exception {
    String shown = interview(CTRL_C, "n", "a", CTRL_C, "y");
    assertThat(shown).contains("MINI-I1 › ^C\nLeave the interview? Every answer is saved.\n[y/N] n\nMINI-I1 › a")
        .contains("MINI-P1 › ^C\nLeave the interview? Every answer is saved.\n[y/N] y\n1 answer(s) in plan.md.parat.yaml.");
    assertThat(flat(interview(CTRL_D))).endsWith("MINI-P1 › ^D 1 answer(s) in plan.md.parat.yaml. 'parat check "
        + plan + "' reports with them. ");
  }

  @Test
  void help_lists_the_keys() throws Exception {
    assertThat(interview(":help")).contains("  :goto ITEM-ID        jump to an item (Tab lists them)")
        .contains("  :quit, Ctrl-D        leave (every answer is already saved); Ctrl-C asks first");
  }

  @Test
  void quit_leaves_at_once() throws Exception {
    assertThat(flat(interview(":quit"))).endsWith("MINI-I1 › :quit 0 answer(s) in plan.md.parat.yaml. 'parat check "
        + plan + "' reports with them. ");
  }

  @Test
  void the_typed_lines_are_kept_in_the_history_file_across_sessions_but_not_the_replies() throws Exception {
    interview(":score", "n", "en note der ikke er en kommando");
    interview(":help", CTRL_C, "n");
    assertThat(Files.readAllLines(dir.resolve("history"))).extracting(l -> l.substring(l.indexOf(':') + 1))
        .containsExactly(":score", "n", ":help");
  }

  @Test
  void draft_puts_a_stub_with_the_questions_in_the_section_of_the_evidence_after_confirmation() throws Exception {
    String shown = interview(":draft", "n", ":draft", "y", ":score");
    assertThat(shown).contains("The stub goes under 'Plan', after line 5:\n  │ ## Everyone knows their role\n")
        .contains("[y/N] n\nNothing was changed.")
        .contains("plan.md.bak.\n[y/N] y\n✔ Added to")
        .as("the stub's questions sit in a comment and count as no evidence")
        .contains("mini: 17/100 · Not ready (parat alone: 17/100 · Not ready)");
    assertThat(Files.readString(dir.resolve("plan.md.bak"))).isEqualTo(BODY);
    assertThat(Files.readString(plan)).isEqualTo("""
        # Plan

        Superbrugere udpeges.

        Løsningen tages i brug i hele kommunen på én gang.

        ## Everyone knows their role

        <!-- parat interview 2025-03-04, mette, MINI-I1: a draft for the project
             team. Answer these questions in this section in your own words, then
             delete this comment.
        - Who does what?
        -->

        # Økonomi

        Budgettet er 2 mio. kr.
        """);
  }

  @Test
  void a_gap_without_evidence_or_heading_gets_its_stub_under_open_points_at_the_end() throws Exception {
    String shown = interview(":goto MINI-I2", ":draft", "y");
    assertThat(shown).contains("The stub goes at the end of the plan:\n  │ # Open points from the interview\n");
    assertThat(Files.readString(plan)).endsWith("""
        Budgettet er 2 mio. kr.

        # Open points from the interview

        ## Support

        <!-- parat interview 2025-03-04, mette, MINI-I2: a draft for the project
             team. Answer these questions in this section in your own words, then
             delete this comment.
        - Who helps?
        -->
        """);
  }

  @Test
  void answers_given_before_a_draft_do_not_turn_stale_by_it() throws Exception {
    String shown = interview("a", ":goto MINI-I2", ":draft", "y", ":score");
    assertThat(answers().of("MINI-I1").orElseThrow().planDigest()).isEqualTo(digest());
    assertThat(shown).contains("1 answer(s), 0 changing parat's status, 0 possibly stale");
  }

  @Test
  void a_second_draft_keeps_the_first_backup_and_makes_a_timestamped_one() throws Exception {
    interview(":goto MINI-I2", ":draft", "y");
    String first = Files.readString(plan);
    interview(":goto MINI-I2", ":draft", "y");
    assertThat(Files.readString(dir.resolve("plan.md.bak"))).isEqualTo(BODY);
    assertThat(Files.readString(dir.resolve("plan.md.20250304-101530.bak"))).isEqualTo(first);
  }

  @Test
  void draft_is_only_for_gaps_and_markdown_plans() throws Exception {
    assertThat(interview(":goto MINI-P1", "g", "b", ":draft")).contains(":draft writes a stub for a gap; MINI-P1 is guarded.");
    Path text = dir.resolve("plan.txt");
    Files.writeString(text, "Superbrugere udpeges.\n");
    assertThat(flat(ScriptedTerminal.run(ScriptedTerminal.mini(text), ":draft")))
        .contains(":draft adds sections to Markdown plans, and " + text + " is text; add the section by hand.");
  }

  @Test
  void a_plan_changed_on_disk_during_the_interview_is_not_drafted_into() throws Exception {
    Interview.Setup setup = ScriptedTerminal.mini(plan);
    Files.writeString(plan, BODY + "\nÆndret af en kollega.\n");
    assertThat(flat(ScriptedTerminal.run(setup, ":goto MINI-I2", ":draft")))
        .contains("has changed on disk since the interview read it; quit and reopen the interview, then draft.");
    assertThat(dir.resolve("plan.md.bak")).doesNotExist();
  }

  @Test
  void output_fits_the_terminals_width() throws Exception {
    String shown = ScriptedTerminal.run((in, out) -> {
      var terminal = Interview.streamTerminal(in, out);
      terminal.setSize(new Size(40, 20));
      return terminal;
    }, ScriptedTerminal.mini(plan), ":help");
    // The help is a table and keeps its lines whole; a word longer than a line (the plan's path) is not cut.
    assertThat(shown.substring(0, shown.indexOf("Keys")).lines().filter(l -> l.strip().contains(" ")))
        .allSatisfy(l -> assertThat(l.length()).as(l).isLessThan(40));
    assertThat(shown).contains("── mini · Chapter 1: Roles (… ── 1/3 ──");
  }

  @Test
  void a_second_interview_on_the_same_answers_is_refused_until_the_first_ends() throws Exception {
    Interview.Setup setup = ScriptedTerminal.mini(plan);
    try (Interview first = Interview.open(setup)) {
      assertThatThrownBy(() -> Interview.open(setup)).isInstanceOf(InputError.class)
          .hasMessageStartingWith("plan.md.parat.yaml: is open in another interview");
      assertThat(dir.resolve(".plan.md.parat.yaml.lock")).exists();
    }
    assertThat(dir.resolve(".plan.md.parat.yaml.lock")).doesNotExist();
    interview("c");
    assertThat(answers().answers()).hasSize(1);
  }
}
