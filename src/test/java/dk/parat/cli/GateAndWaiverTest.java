package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.TestChecklists;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gates, waivers and their precedence, through the CLI, on the mini checklist: MINI-I1
 * partial, MINI-P1 exposed, MINI-I2 missing in the plan below.
 */
class GateAndWaiverTest {

  private static final String MINI = TestChecklists.MINI.toAbsolutePath().toString();
  private static final String BODY = TestChecklists.MINI_PLAN;

  @TempDir
  Path dir;
  Path plan;

  @BeforeEach
  void writePlan() throws Exception {
    plan = dir.resolve("plan.md");
    Files.writeString(plan, BODY);
  }

  private Cli.Result check(String... options) {
    return check(Map.of(), options);
  }

  private Cli.Result check(Map<String, String> env, String... options) {
    String[] args = new String[options.length + 5];
    args[0] = "check";
    args[1] = "-c";
    args[2] = MINI;
    System.arraycopy(options, 0, args, 3, options.length);
    args[args.length - 2] = "-q";
    args[args.length - 1] = plan.toString();
    return Cli.run(env, args);
  }

  private void waivers(String yaml) throws Exception {
    Files.writeString(plan, "---\ntitle: Plan\nwaivers:\n" + yaml + "---\n" + BODY);
  }

  @Test
  void without_a_gate_a_scored_plan_exits_0() {
    assertThat(check().exit()).isEqualTo(ExitCode.OK);
    assertThat(check("--fail-on", "never").exit()).isEqualTo(ExitCode.OK);
  }

  @Test
  void fail_on_levels_include_every_worse_status() {
    assertThat(check("--fail-on", "exposed").exit()).isEqualTo(ExitCode.GATE_FAILED);
    Files.exists(plan);
    Cli.Result missing = check("--fail-on", "missing");
    assertThat(missing.exit()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(missing.out()).contains("MINI-P1: udsat").contains("MINI-I2: mangler");
    assertThat(check("--fail-on", "partial").out()).contains("MINI-I1: delvist");
    assertThat(check("--fail-on", "sometimes").exit()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void score_minimums_fail_the_gate() {
    assertThat(check("--min-score", "10").exit()).isEqualTo(ExitCode.OK);
    Cli.Result low = check("--min-score", "60");
    assertThat(low.exit()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(low.out()).contains("samlet score 17 er under minimum 60");
    // chapter 1 scores exactly 50: "below" is strict
    assertThat(check("--min-chapter-score", "50").out()).doesNotContain("kapitel 1 scorer")
        .contains("kapitel 2 scorer 0, under minimum 50");
  }

  @Test
  void writing_reports_to_files_keeps_the_exit_code() throws Exception {
    Path out = dir.resolve("reports");
    Cli.Result r = check("--fail-on", "exposed", "-f", "markdown,json,sarif,junit,csv", "--output-dir", out.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(r.out()).isEmpty();
    assertThat(out.resolve("plan.report.md")).exists();
    assertThat(out.resolve("parat.json")).exists();
    assertThat(out.resolve("parat.sarif")).exists();
    assertThat(out.resolve("parat-junit.xml")).exists();
    assertThat(out.resolve("parat.csv")).exists();
  }

  @Test
  void an_active_waiver_takes_the_item_out_of_the_status_gate_but_not_out_of_the_score() throws Exception {
    waivers("  - {item: MINI-P1, reason: \"Styregruppen har accepteret big bang\", owner: Ole, until: 2099-12-31, ticket: PRJ-12}\n");
    Cli.Result r = check("--fail-on", "exposed");
    assertThat(r.exit()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("1 hul er undtaget").contains("Styregruppen har accepteret big bang").contains("PRJ-12");
    assertThat(check("--fail-on", "exposed", "--min-score", "60").exit()).isEqualTo(ExitCode.GATE_FAILED);
  }

  @Test
  void an_expired_waiver_counts_again_and_the_report_says_so() throws Exception {
    waivers("  - {item: MINI-P1, reason: Accepteret, until: 2025-01-31}\n");
    Cli.Result r = check(Map.of("PARAT_TODAY", "2025-02-01"), "--fail-on", "exposed", "--lang", "en");
    assertThat(r.exit()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(r.out()).contains("The waiver expired 2025-01-31 and counts again");
    assertThat(check(Map.of("PARAT_TODAY", "2025-01-31"), "--fail-on", "exposed").exit()).isEqualTo(ExitCode.OK);
  }

  @Test
  void no_waivers_ignores_them_all_for_audits() throws Exception {
    waivers("  - {item: MINI-P1, reason: Accepteret}\n");
    assertThat(check("--fail-on", "exposed").exit()).isEqualTo(ExitCode.OK);
    assertThat(check("--fail-on", "exposed", "--no-waivers").exit()).isEqualTo(ExitCode.GATE_FAILED);
  }

  @Test
  void a_waiver_without_a_reason_or_for_an_unknown_item_is_an_input_error() throws Exception {
    waivers("  - {item: MINI-P1, owner: Ole}\n");
    Cli.Result noReason = check();
    assertThat(noReason.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(noReason.err()).contains("plan.md:4").contains("has no 'reason'");
    waivers("  - {item: MINI-P9, reason: Tastefejl}\n");
    Cli.Result unknown = check();
    assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("names item 'MINI-P9'");
  }

  @Test
  void config_file_then_environment_then_command_line() throws Exception {
    Files.writeString(dir.resolve(".parat.yaml"), "fail_on: exposed\nmin_score: 5\n");
    assertThat(check().exit()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(check(Map.of("PARAT_FAIL_ON", "never")).exit()).isEqualTo(ExitCode.OK);
    assertThat(check(Map.of("PARAT_FAIL_ON", "never"), "--fail-on", "exposed").exit()).isEqualTo(ExitCode.GATE_FAILED);
    Cli.Result shown = Cli.run(Map.of("PARAT_FAIL_ON", "missing"), "config", "show", "--min-score", "70", plan.toString());
    assertThat(shown.exit()).isZero();
    assertThat(shown.out()).contains("# config file: " + dir.resolve(".parat.yaml"))
        .containsPattern("fail_on:\\s+missing\\s+# PARAT_FAIL_ON")
        .containsPattern("min_score:\\s+70.0\\s+# --min-score")
        .containsPattern("format:\\s+\\[markdown\\]\\s+# default");
  }

  @Test
  void config_waivers_and_chapter_minimums() throws Exception {
    Files.writeString(dir.resolve(".parat.yaml"), """
        fail_on: exposed
        chapter_minimums: {"1": 60}
        waivers:
          - {item: MINI-P1, reason: "Accepteret i styregruppen", owner: Anna}
        """);
    Cli.Result r = check();
    assertThat(r.exit()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(r.out()).contains("kapitel 1 scorer 50, under minimum 60").doesNotContain("MINI-P1: udsat");
  }

  @Test
  void a_broken_config_names_file_and_line() throws Exception {
    Files.writeString(dir.resolve(".parat.yaml"), "fail_on: exposed\nmin_scor: 5\n");
    Cli.Result r = check();
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(".parat.yaml:2: unknown key 'min_scor'");
  }

  @Test
  void no_colour_ever_and_data_only_on_stdout() {
    Cli.Result plain = check(Map.of("NO_COLOR", "1"), "--fail-on", "exposed");
    Cli.Result normal = check("--fail-on", "exposed", "--no-color");
    assertThat(plain.out()).doesNotContain("\u001b[").isEqualTo(normal.out());
    assertThat(plain.out()).startsWith("# Parathedsrapport");
    Cli.Result loud = Cli.run("check", "-c", MINI, "--fail-on", "exposed", plan.toString());
    assertThat(loud.err()).contains("gate failed for").doesNotContain("# Parathedsrapport");
  }
}
