package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.TestChecklists;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parat diff} on a real git history made in the test. */
class DiffCommandTest {

  private static final String MINI = TestChecklists.MINI.toAbsolutePath().toString();
  private static final String GUARDED = """
      # Plan

      ## Udrulning

      Vi ruller ud trinvis: første bølge er Solhaven og Lindegården i marts 2025, hvor superbrugerne evaluerer.
      """;

  @TempDir
  Path repo;
  Path plan;

  @BeforeEach
  void commitFirstVersion() throws Exception {
    git("init", "-q");
    plan = repo.resolve("plan.md");
    Files.writeString(plan, GUARDED);
    git("add", "plan.md");
    git("commit", "-q", "-m", "first");
  }

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=Test",
        "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  private Cli.Result diff(String... options) {
    List<String> args = new ArrayList<>(List.of("diff", "-c", MINI, "--lang", "en"));
    args.addAll(List.of(options));
    args.add(plan.toString());
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void a_new_red_flag_is_a_new_gap_and_a_regression() throws Exception {
    Files.writeString(plan, GUARDED.replace("Vi ruller ud trinvis: første bølge er Solhaven og Lindegården i marts 2025, "
        + "hvor superbrugerne evaluerer.", "Løsningen tages i brug i hele kommunen på én gang."));
    Cli.Result r = diff("--base", "HEAD");
    assertThat(r.exit()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("— **regression**").contains("- MINI-P1 `exposed` (Plan › Udrulning)")
        .contains("MINI-P1: `guarded` → `exposed`").contains("| 2 | 50 | 0 | -50 ▼ |");
    Cli.Result gate = diff("--base", "HEAD", "--fail-on-regression");
    assertThat(gate.exit()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(gate.err()).contains("regression since HEAD");
  }

  @Test
  void moving_text_around_opens_and_closes_nothing() throws Exception {
    Files.writeString(plan, "# Plan\n\nEn ny indledning.\n\nOg et afsnit mere før udrulningen.\n"
        + GUARDED.substring("# Plan\n".length()));
    Cli.Result r = diff("--base", "HEAD", "--fail-on-regression");
    assertThat(r.exit()).as(r.out()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("**New gaps:** none").contains("**Closed gaps:** none");
  }

  @Test
  void closed_gaps_and_score_changes_per_chapter_are_reported() throws Exception {
    Files.writeString(plan, TestChecklists.MINI_PLAN);
    git("commit", "-q", "-am", "weaker");
    Files.writeString(plan, GUARDED + "\n## Support\n\nHotline og support ved Ole Berg fra kl. 8 i de første 6 uger, telefon 7020.\n");
    git("commit", "-q", "-am", "stronger");
    Cli.Result r = diff("--base", "HEAD~1", "-f", "json");
    assertThat(r.exit()).isZero();
    var checklist = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).at("/diffs/0/checklists/0");
    assertThat(checklist.get("before").asDouble()).isEqualTo(16.67);
    assertThat(checklist.get("after").asDouble()).isEqualTo(100.0);
    assertThat(checklist.get("opened")).isEmpty();
    assertThat(checklist.get("closed").findValuesAsText("item")).containsExactly("MINI-I1", "MINI-P1", "MINI-I2");
    assertThat(checklist.get("regressed").asBoolean()).isFalse();
  }

  @Test
  void a_plan_that_did_not_exist_at_the_base_has_only_new_gaps() throws Exception {
    Path newer = repo.resolve("new.md");
    Files.writeString(newer, GUARDED);
    Cli.Result r = Cli.run("diff", "-c", MINI, "--lang", "en", "--base", "HEAD", newer.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("did not exist at this revision");
  }

  @Test
  void an_unknown_revision_or_a_folder_outside_git_is_an_input_error(@TempDir Path elsewhere) throws Exception {
    Cli.Result unknown = diff("--base", "no-such-branch");
    assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("'no-such-branch' is not a revision of this repository").doesNotContain("\tat ");
    Path outside = elsewhere.resolve("plan.md");
    Files.writeString(outside, GUARDED);
    Cli.Result noGit = Cli.run("diff", "-c", MINI, "--base", "HEAD", outside.toString());
    assertThat(noGit.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(noGit.err()).contains(outside.toString()).contains("parat diff compares a plan kept in git");
  }

  @Test
  void exposed_to_unclear_is_a_step_forward_not_a_closed_and_a_new_gap() throws Exception {
    Files.writeString(plan, TestChecklists.MINI_PLAN);
    git("commit", "-q", "-am", "exposed");
    Files.writeString(plan, TestChecklists.MINI_PLAN.replace("Løsningen tages i brug i hele kommunen på én gang.",
        "Udrulningen er ikke planlagt endnu."));
    Cli.Result r = diff("--base", "HEAD", "--fail-on-regression");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("**New gaps:** none").contains("**Closed gaps:** none")
        .contains("MINI-P1: `exposed` → `unclear` (better)").doesNotContain("regression");
  }

  @Test
  void a_gap_that_gets_worse_is_a_regression() throws Exception {
    Files.writeString(plan, TestChecklists.MINI_PLAN.replace("Løsningen tages i brug i hele kommunen på én gang.",
        "Udrulningen er ikke planlagt endnu."));
    git("commit", "-q", "-am", "unclear");
    Files.writeString(plan, TestChecklists.MINI_PLAN);
    Cli.Result r = diff("--base", "HEAD", "--fail-on-regression", "-f", "json");
    assertThat(r.exit()).isEqualTo(ExitCode.GATE_FAILED);
    var change = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).at("/diffs/0/checklists/0/changed/0");
    assertThat(change.get("item").asText()).isEqualTo("MINI-P1");
    assertThat(change.get("direction").asText()).isEqualTo("worse");
  }

  @Test
  void a_new_plan_is_no_regression_unless_new_plans_fail() throws Exception {
    Path newer = repo.resolve("new.md");
    Files.writeString(newer, TestChecklists.MINI_PLAN);
    Cli.Result r = Cli.run("diff", "-c", MINI, "--lang", "en", "--base", "HEAD", "--fail-on-regression", newer.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("## mini: 17/100 (new plan)").doesNotContain("0 → 17").doesNotContain("regression**");
    Cli.Result strict = Cli.run("diff", "-c", MINI, "--base", "HEAD", "--fail-on-regression", "--new-plans", "fail",
        newer.toString());
    assertThat(strict.exit()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(strict.err()).contains("regression since HEAD in " + newer);
  }

  @Test
  void answers_waivers_and_config_added_since_the_base_are_reported_as_changes() throws Exception {
    Files.writeString(repo.resolve(".parat.yaml"), "fail_on: exposed\n");
    git("add", ".parat.yaml");
    git("commit", "-q", "-m", "config");
    Files.writeString(plan, "---\ntitle: Plan\nwaivers:\n  - {item: MINI-P1, reason: Aftalt i styregruppen}\n---\n" + GUARDED);
    Files.writeString(repo.resolve("plan.md.parat.yaml"), """
        parat_answers: 1
        answers:
          - {item: MINI-I1, status: covered, by: Mallory, at: '2025-03-04T10:15:30+01:00'}
        """);
    Files.writeString(repo.resolve(".parat.yaml"), "fail_on: exposed\nmin_score: 0\n");
    Cli.Result r = diff("--base", "HEAD", "--fail-on-regression");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("**Sources besides the plan changed since HEAD:**")
        .contains("- `" + repo.resolve("plan.md.parat.yaml") + "` added: MINI-I1 `covered` (Mallory, 2025-03-04T10:15:30+01:00, added)")
        .contains("- `" + plan + ":4` waiver for MINI-P1 added: Aftalt i styregruppen")
        .contains(".parat.yaml` changed: min\\_score")
        .contains("they change what parat check reports and how its gate decides");
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(diff("--base", "HEAD", "-f", "json").out())
        .at("/diffs/0/sources");
    assertThat(json.at("/answers/change").asText()).isEqualTo("added");
    assertThat(json.at("/answers/answers/0/by").asText()).isEqualTo("Mallory");
    assertThat(json.at("/waivers/0/item").asText()).isEqualTo("MINI-P1");
    assertThat(json.at("/waivers/0/line").asInt()).isEqualTo(4);
    assertThat(json.at("/config/keys/0").asText()).isEqualTo("min_score");
  }
}
