package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.parat.Cli;
import dk.parat.TestChecklists;
import dk.parat.answers.Answer;
import dk.parat.answers.Answers;
import dk.parat.answers.AnswersFile;
import dk.parat.checklist.Status;
import dk.parat.plan.PlanLoader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consultant's answers count in {@code parat check} and every format, beside what parat found;
 * on the mini checklist: MINI-I1 partial, MINI-P1 exposed, MINI-I2 missing in the plan below.
 */
class AnswersInReportsTest {

  private static final String MINI = TestChecklists.MINI.toAbsolutePath().toString();
  private static final OffsetDateTime AT = OffsetDateTime.parse("2025-03-04T10:15:30+01:00");
  private static final String BODY = TestChecklists.MINI_PLAN;

  @TempDir
  Path dir;
  Path plan;
  Path answers;

  @BeforeEach
  void writePlanAndAnswers() throws Exception {
    plan = dir.resolve("plan.md");
    answers = dir.resolve("plan.md.parat.yaml");
    Files.writeString(plan, BODY);
    String digest = PlanLoader.standard().load(plan).digest();
    AnswersFile.write(answers, Answers.empty("plan.md.parat.yaml")
        .with(new Answer("MINI-I1", Status.COVERED, "Roller står i bilag 2", "mette", AT, digest, 0))
        .with(new Answer("MINI-P1", Status.GUARDED, null, "mette", AT, digest, 0))
        .with(new Answer("MINI-I2", null, "Support aftales med IT i maj", "mette", AT, digest, 0)), "plan.md");
  }

  private Cli.Result check(String... options) {
    List<String> args = new ArrayList<>(List.of("check", "-c", MINI, "--lang", "en", "-q", "--detail"));
    args.addAll(List.of(options));
    args.add(plan.toString());
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void the_consultants_status_counts_and_the_report_shows_it_beside_what_parat_found() {
    Cli.Result r = check();
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("##### MINI-I1 Everyone knows their role\n\nCovered · ")
        .contains("> Set by the consultant (mette, 2025-03-04T10:15:30+01:00): covered; parat found partial. "
            + "Note: “Roller står i bilag 2”")
        .contains("> Set by the consultant (mette, 2025-03-04T10:15:30+01:00): guarded; parat found exposed\n")
        .contains("- “Superbrugere udpeges.” (line 3, Plan)")
        .contains("> Noted in the interview (mette, 2025-03-04T10:15:30+01:00). Note: “Support aftales med IT i maj”")
        .contains("\n\nNoted in the interview (mette, 2025-03-04T10:15:30+01:00). Note: “Support aftales med IT i maj”\n\n")
        .doesNotContain("possibly stale");
    assertThat(r.out().substring(r.out().indexOf("### Gaps"), r.out().indexOf("### All items")))
        .doesNotContain("MINI-I1").doesNotContain("MINI-P1").contains("MINI-I2");
  }

  @Test
  void no_answers_gives_parats_own_verdicts() {
    Cli.Result r = check("--no-answers");
    assertThat(r.out()).contains("| Everyone knows their role (MINI-I1) | Partial |").doesNotContain("consultant");
    assertThat(check("--no-answers", "--answers", answers.toString()).err())
        .contains("--answers and --no-answers contradict each other");
  }

  @Test
  void the_gate_judges_the_status_that_counts() {
    assertThat(check("--fail-on", "exposed").exit()).isEqualTo(ExitCode.OK);
    assertThat(check("--fail-on", "exposed", "--no-answers").exit()).isEqualTo(ExitCode.GATE_FAILED);
  }

  @Test
  void an_answer_given_before_the_plan_changed_is_flagged_possibly_stale() throws Exception {
    Files.writeString(plan, BODY + "\nEn ny sætning.\n");
    Cli.Result r = check();
    assertThat(r.out()).contains("parat found partial. Note: “Roller står i bilag 2”. ⚠ possibly stale: the plan has "
        + "changed since this answer");
    JsonNode json = new ObjectMapper().readTree(check("-f", "json").out());
    assertThat(json.at("/plans/0/checklists/0/items/0/answer/stale").asBoolean()).isTrue();
  }

  @Test
  void json_carries_the_answer_with_parats_own_status() throws Exception {
    JsonNode item = new ObjectMapper().readTree(check("-f", "json").out()).at("/plans/0/checklists/0/items/0");
    assertThat(item.get("status").asText()).isEqualTo("covered");
    JsonNode answer = item.get("answer");
    assertThat(answer.get("status").asText()).isEqualTo("covered");
    assertThat(answer.get("foundStatus").asText()).isEqualTo("partial");
    assertThat(answer.get("note").asText()).isEqualTo("Roller står i bilag 2");
    assertThat(answer.get("by").asText()).isEqualTo("mette");
    assertThat(answer.get("at").asText()).isEqualTo("2025-03-04T10:15:30+01:00");
    assertThat(answer.get("stale").asBoolean()).isFalse();
  }

  @Test
  void csv_has_parats_status_and_the_answer_in_columns_of_their_own() throws Exception {
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(check("-f", "csv").out())).getRecords();
    CSVRecord first = rows.get(0);
    assertThat(first.get("status")).isEqualTo("covered");
    assertThat(first.get("parat_status")).isEqualTo("partial");
    assertThat(first.get("answer_by")).isEqualTo("mette");
    assertThat(first.get("answer_at")).isEqualTo("2025-03-04T10:15:30+01:00");
    assertThat(first.get("answer_note")).isEqualTo("Roller står i bilag 2");
    assertThat(first.get("answer_stale")).isEqualTo("false");
    assertThat(check("-f", "csv", "--no-answers").out()).doesNotContain("mette");
  }

  @Test
  void ci_formats_say_who_set_the_status() throws Exception {
    JsonNode sarif = new ObjectMapper().readTree(check("-f", "sarif").out());
    JsonNode result = sarif.at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("MINI-I2");
    assertThat(result.at("/message/text").asText()).contains("Noted in the interview (mette");
    assertThat(result.at("/properties/paratStatus").asText()).isEqualTo("missing");
    assertThat(result.at("/properties/answeredBy").asText()).isEqualTo("mette");
    assertThat(sarif.at("/runs/0/results")).hasSize(1);
    assertThat(check("-f", "junit").out()).contains("Noted in the interview (mette, 2025-03-04T10:15:30+01:00). "
        + "Note: “Support aftales med IT i maj”");
    assertThat(check("-f", "github").out()).contains("::warning file=").contains("Noted in the interview (mette");
  }

  @Test
  void an_answers_file_named_with_answers_is_used_for_one_plan() throws Exception {
    Path elsewhere = dir.resolve("elsewhere.yaml");
    Files.move(answers, elsewhere);
    assertThat(check().out()).doesNotContain("consultant");
    assertThat(check("--answers", elsewhere.toString()).out()).contains("Set by the consultant");
    assertThat(check("--answers", dir.resolve("nope.yaml").toString()).err())
        .contains("nope.yaml: no such answers file; check the path given to --answers");
    Cli.Result two = Cli.run("check", "-c", MINI, "--answers", elsewhere.toString(), plan.toString(), plan.toString());
    assertThat(two.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(two.err()).contains("--answers names one file, but 2 plans are checked");
  }

  @Test
  void a_broken_answers_file_is_an_input_error_that_names_its_line() throws Exception {
    Files.writeString(answers, Files.readString(answers).replace("status: guarded", "status: garded"));
    Cli.Result r = check();
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("parat: " + answers + ":14: the answer for MINI-P1 has status 'garded', "
        + "which is not a status; use covered");
  }

  @Test
  void a_status_of_the_wrong_kind_in_the_file_is_refused_with_its_line() throws Exception {
    Files.writeString(answers, Files.readString(answers).replace("status: guarded", "status: covered"));
    Cli.Result r = check();
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).containsPattern("plan\\.md\\.parat\\.yaml:\\d+: MINI-P1 is a pitfall, which cannot be 'covered'; "
        + "use guarded, unclear, exposed, not-applicable");
  }

  @Test
  void an_answers_file_is_no_plan() {
    Cli.Result r = Cli.run("check", "-c", MINI, answers.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("plan.md.parat.yaml: holds the answers of 'parat interview', not a plan; name the plan "
        + "it belongs to (" + plan + ")");
  }

  @Test
  void interview_refuses_without_a_terminal_and_in_ci_and_points_to_check() {
    Cli.Result piped = Cli.run("interview", "-c", MINI, plan.toString());
    assertThat(piped.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(piped.err()).contains("interview needs a terminal: standard input and output must both be one")
        .contains("use 'parat check " + plan + "'");
    Cli.Result ci = Cli.run(Map.of("CI", "true"), "interview", "-c", MINI, plan.toString());
    assertThat(ci.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(ci.err()).contains("interview is a conversation at a terminal and does not run in CI (CI=true)");
  }

  @Test
  void a_forced_interview_on_plain_streams_answers_and_check_reports_with_it() throws Exception {
    Files.delete(answers);
    Cli.Result r = Cli.runWithInput("c Aftalt på mødet\n", Map.of(InterviewCommand.FORCE, "1", "CI", "true",
        "PARAT_HISTORY", dir.resolve("history").toString()), "interview", "-c", MINI, "--by", "Mette Holm", plan.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("✔ gemt: MINI-I1 covered (dækket)");
    Answer given = AnswersFile.read(answers, "x").orElseThrow().answers().get(0);
    assertThat(given.by()).isEqualTo("Mette Holm");
    assertThat(check().out()).contains("Set by the consultant (Mette Holm");
  }

  @Test
  void a_broken_answers_file_stops_the_interview_before_it_starts() throws Exception {
    Files.writeString(answers, "answers: {}\n");
    Cli.Result r = Cli.run(Map.of(InterviewCommand.FORCE, "1"), "interview", "-c", MINI, plan.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("parat: " + dir.resolve("plan.md.parat.yaml") + ":1: 'answers' must be a list");
  }
}
