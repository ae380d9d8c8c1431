package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.parat.Cli;
import dk.parat.TestChecklists;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull request can change a verdict or a gate with files beside the plan: an answers file, a
 * config with waivers or a lax checklist. Every report names each such source with its file and
 * line, GitHub's annotations and job summary included, and {@code --strict} sets them all aside
 * (SECURITY.md). The plan fails the CI gate on its own: MINI-P1 exposed, MINI-I2 missing, 17/100.
 */
class TrustModelTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MINI = TestChecklists.MINI.toAbsolutePath().toString();

  @TempDir
  Path repo;

  @BeforeEach
  void plan() throws Exception {
    Files.createDirectories(repo.resolve("plans"));
    Files.writeString(repo.resolve("plans/plan.md"), TestChecklists.MINI_PLAN);
  }

  /** The CI job's command: a protected workflow, the plan from the pull request. */
  private Cli.Result ci(Map<String, String> env, String... more) {
    List<String> args = new ArrayList<>(List.of("check", "-c", MINI, "--fail-on", "missing"));
    args.addAll(List.of(more));
    args.add("plans/plan.md");
    return Cli.runIn(repo, env, args.toArray(String[]::new));
  }

  private void answersCoveringEverything() throws Exception {
    Files.writeString(repo.resolve("plans/plan.md.parat.yaml"), """
        parat_answers: 1
        plan: plans/plan.md
        answers:
          - {item: MINI-I1, status: covered, by: Mallory, at: '2025-03-04T10:15:30+01:00'}
          - {item: MINI-P1, status: guarded, by: Mallory, at: '2025-03-04T10:16:00+01:00'}
          - {item: MINI-I2, status: covered, by: Mallory, at: '2025-03-04T10:17:00+01:00'}
        """);
  }

  private void configWaivingEverything() throws Exception {
    Files.writeString(repo.resolve("plans/.parat.yaml"), """
        waivers:
          - {item: MINI-I1, reason: Aftalt}
          - {item: MINI-P1, reason: Aftalt}
          - {item: MINI-I2, reason: Aftalt}
        """);
  }

  @Test
  void on_its_own_the_plan_fails_the_gate() {
    Cli.Result r = ci(Map.of(), "-q");
    assertThat(r.exit()).isEqualTo(ExitCode.GATE_FAILED);
  }

  @Test
  void an_answers_file_in_the_pull_request_shows_in_annotations_and_summary_and_strict_sets_it_aside() throws Exception {
    answersCoveringEverything();
    Path summary = repo.resolve("summary.md");
    Cli.Result lenient = ci(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "-f", "github", "--lang", "en");
    assertThat(lenient.exit()).as("the answers make the plan pass").isEqualTo(ExitCode.OK);
    assertThat(lenient.out().lines()).contains("::warning file=plans/plan.md.parat.yaml,"
        + "title=parat%3A answers::3 answer(s) from parat interview by Mallory (2025-03-04T10:15:30+01:00 – "
        + "2025-03-04T10:17:00+01:00) count over parat's own verdicts on plans/plan.md; 3 change a status");
    assertThat(Files.readString(summary)).contains("### Beyond parat's own verdicts")
        .contains("- `plans/plan.md.parat.yaml`: 3 answer(s) from parat interview by Mallory");
    Files.delete(summary);
    Cli.Result strict = ci(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "-f", "github", "--lang", "en",
        "--strict");
    assertThat(strict.exit()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(strict.out()).contains("::notice title=parat%3A set-aside::--strict: only parat's own verdicts")
        .contains("::notice file=plans/plan.md.parat.yaml,title=parat%3A set-aside::answers file beside plans/plan.md, "
            + "not used (--strict)")
        .doesNotContain("::warning file=plans/plan.md.parat.yaml");
    assertThat(Files.readString(summary)).contains("not used (--strict)");
    assertThat(Cli.runIn(repo, Map.of(), "check", "--audit", "-q", "-c", MINI, "--fail-on", "missing", "plans/plan.md")
        .exit()).as("--audit is --strict").isEqualTo(ExitCode.GATE_FAILED);
  }

  @Test
  void waivers_in_a_config_beside_the_plans_show_with_file_and_line_and_strict_does_not_read_the_config()
      throws Exception {
    configWaivingEverything();
    Path summary = repo.resolve("summary.md");
    Cli.Result lenient = ci(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "-f", "github", "--lang", "en");
    assertThat(lenient.exit()).as("the waivers make the status gate pass").isEqualTo(ExitCode.OK);
    assertThat(lenient.out()).contains("::warning file=plans/.parat.yaml,line=3,title=parat%3A waiver::waiver accepts "
        + "MINI-P1 (exposed) in plans/plan.md: Aftalt")
        .contains("::warning file=plans/.parat.yaml,title=parat%3A config::this run's settings come from this config "
            + "file: waivers (line 1)");
    assertThat(Files.readString(summary)).contains("`plans/.parat.yaml:3`: waiver accepts MINI-P1");
    Cli.Result strict = ci(Map.of(), "-f", "github", "--lang", "en", "--strict");
    assertThat(strict.exit()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(strict.out()).contains("::notice file=plans/.parat.yaml,title=parat%3A set-aside::config file found "
        + "beside the plans, not read (--strict)").doesNotContain("waiver accepts");
    Cli.Result shown = Cli.runIn(repo, Map.of(), "config", "show", "--strict", "plans/plan.md");
    assertThat(shown.out()).startsWith("# config file: none read (--strict sets aside " + repo.resolve("plans/.parat.yaml"));
  }

  @Test
  void strict_honours_a_config_named_on_the_command_line_but_none_of_its_waivers() throws Exception {
    configWaivingEverything();
    Files.move(repo.resolve("plans/.parat.yaml"), repo.resolve("protected.yaml"));
    Cli.Result r = Cli.runIn(repo, Map.of(), "check", "-c", MINI, "--fail-on", "missing", "--strict", "--config",
        "protected.yaml", "-f", "json", "plans/plan.md");
    assertThat(r.exit()).isEqualTo(ExitCode.GATE_FAILED);
    JsonNode sources = json(r).get("sources");
    assertThat(sources.at("/config/file").asText()).isEqualTo("protected.yaml");
    assertThat(sources.at("/waiversOff").asText()).isEqualTo("--strict");
    assertThat(sources.at("/skippedWaivers").findValuesAsText("line")).containsExactly("2", "3", "4");
  }

  @Test
  void a_checklist_file_named_by_a_config_is_named_and_strict_scores_against_the_bundled_one() throws Exception {
    Files.copy(TestChecklists.MINI, repo.resolve("plans/lax.yaml"));
    Files.writeString(repo.resolve("plans/.parat.yaml"), "checklists: [" + repo.resolve("plans/lax.yaml") + "]\n");
    Cli.Result lenient = Cli.runIn(repo, Map.of(), "check", "-f", "json", "plans/plan.md");
    JsonNode json = json(lenient);
    assertThat(json.at("/sources/checklists/0/id").asText()).isEqualTo("mini");
    assertThat(json.at("/sources/checklists/0/file").asText()).isEqualTo("plans/lax.yaml");
    assertThat(json.at("/sources/config/settings/0/key").asText()).isEqualTo("checklists");
    Cli.Result strict = Cli.runIn(repo, Map.of(), "check", "-f", "json", "--strict", "plans/plan.md");
    assertThat(json(strict).at("/plans/0/checklists/0/id").asText()).isEqualTo("bedre-implementering");
    assertThat(json(strict).at("/sources/checklists")).isEmpty();
  }

  @Test
  void every_format_names_answers_waivers_config_and_checklist_file() throws Exception {
    answersCoveringEverything();
    Files.writeString(repo.resolve("plans/plan.md.parat.yaml"), Files.readString(repo.resolve("plans/plan.md.parat.yaml"))
        .replace("  - {item: MINI-P1, status: guarded, by: Mallory, at: '2025-03-04T10:16:00+01:00'}\n", ""));
    Files.copy(TestChecklists.MINI, repo.resolve("plans/lax.yaml"));
    Files.writeString(repo.resolve("plans/.parat.yaml"), "checklists: [" + repo.resolve("plans/lax.yaml") + "]\n"
        + "fail_on: exposed\nwaivers:\n  - {item: MINI-P1, reason: Aftalt, owner: Ole}\n");
    Cli.Result md = Cli.runIn(repo, Map.of(), "check", "--lang", "en", "plans/plan.md");
    assertThat(md.exit()).as(md.err()).isZero();
    assertThat(md.out()).contains("## Beyond parat's own verdicts")
        .contains("- `plans/.parat.yaml`: this run's settings come from this config file: checklists (line 1), "
            + "fail\\_on (line 2), waivers (line 3)")
        .contains("- `plans/lax.yaml`: checklist mini is read from this file (named by plans/.parat.yaml:1), not bundled "
            + "with parat")
        .contains("- `plans/plan.md.parat.yaml`: 2 answer(s) from parat interview by Mallory")
        .contains("- `plans/.parat.yaml:4`: waiver accepts MINI-P1 (exposed) in plans/plan.md: Aftalt, owner Ole");

    String html = Cli.runIn(repo, Map.of(), "check", "-f", "html", "--lang", "en", "plans/plan.md").out();
    assertThat(html).contains("<h2 id=\"sources\">Beyond parat's own verdicts</h2>")
        .contains("<code>plans/plan.md.parat.yaml</code>: 2 answer(s) from parat interview by Mallory")
        .contains("<code>plans/.parat.yaml:4</code>: waiver accepts MINI-P1");

    JsonNode json = json(Cli.runIn(repo, Map.of(), "check", "-f", "json", "plans/plan.md"));
    assertThat(json.at("/sources/config/file").asText()).isEqualTo("plans/.parat.yaml");
    assertThat(json.at("/plans/0/sources/answers/file").asText()).isEqualTo("plans/plan.md.parat.yaml");
    assertThat(json.at("/plans/0/sources/answers/by/0").asText()).isEqualTo("Mallory");
    assertThat(json.at("/plans/0/sources/answers/changingStatus").asInt()).isEqualTo(2);
    assertThat(json.at("/plans/0/sources/waivers/0/line").asInt()).isEqualTo(4);

    JsonNode sarif = JSON.readTree(Cli.runIn(repo, Map.of(), "check", "-f", "sarif", "plans/plan.md").out());
    assertThat(sarif.at("/runs/0/properties/paratSources/config/file").asText()).isEqualTo("plans/.parat.yaml");
    assertThat(sarif.at("/runs/0/properties/paratPlans/0/sources/answers/file").asText())
        .isEqualTo("plans/plan.md.parat.yaml");
    JsonNode waived = null;
    for (JsonNode result : sarif.at("/runs/0/results")) {
      if (result.get("ruleId").asText().equals("MINI-P1")) {
        waived = result;
      }
    }
    assertThat(waived.at("/suppressions/0/location/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("plans/.parat.yaml");
    assertThat(waived.at("/suppressions/0/location/physicalLocation/region/startLine").asInt()).isEqualTo(4);

    String junit = Cli.runIn(repo, Map.of(), "check", "-f", "junit", "--lang", "en", "plans/plan.md").out();
    assertThat(junit).contains("<property name=\"parat.config\" value=\"plans/.parat.yaml: this run's settings")
        .contains("<property name=\"parat.checklist\" value=\"plans/lax.yaml: checklist mini")
        .contains("<property name=\"parat.answers\" value=\"plans/plan.md.parat.yaml: 2 answer(s)")
        .contains("<property name=\"parat.waiver\" value=\"plans/.parat.yaml:4: waiver accepts MINI-P1");

    String csv = Cli.runIn(repo, Map.of(), "check", "-f", "csv", "plans/plan.md").out();
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
    CSVRecord p1 = rows.stream().filter(x -> x.get("item").equals("MINI-P1")).findFirst().orElseThrow();
    CSVRecord i1 = rows.stream().filter(x -> x.get("item").equals("MINI-I1")).findFirst().orElseThrow();
    assertThat(p1.get("waiver_source")).isEqualTo("plans/.parat.yaml:4");
    assertThat(i1.get("answers_file")).isEqualTo("plans/plan.md.parat.yaml");
    assertThat(i1.get("checklist_source")).isEqualTo("plans/lax.yaml");
    assertThat(i1.get("config_file")).isEqualTo("plans/.parat.yaml");

    Path summary = repo.resolve("summary.md");
    String github = Cli.runIn(repo, Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "check", "-f", "github",
        "plans/plan.md").out();
    assertThat(github).contains("::warning file=plans/.parat.yaml,title=parat%3A config::")
        .contains("::warning file=plans/lax.yaml,title=parat%3A checklist::")
        .contains("::warning file=plans/plan.md.parat.yaml,title=parat%3A answers::")
        .contains("::warning file=plans/.parat.yaml,line=4,title=parat%3A waiver::");
    assertThat(Files.readString(summary)).contains("`plans/lax.yaml`").contains("`plans/plan.md.parat.yaml`")
        .contains("`plans/.parat.yaml:4`");
  }

  @Test
  void a_batch_names_the_sources_and_strict_sets_them_aside() throws Exception {
    answersCoveringEverything();
    configWaivingEverything();
    Cli.Result lenient = Cli.runIn(repo, Map.of(), "batch", "-q", "-c", MINI, "--lang", "en", "--output-dir", "out",
        "plans");
    assertThat(lenient.exit()).as(lenient.err()).isZero();
    assertThat(Files.readString(repo.resolve("out/portfolio.md"))).contains("## Beyond parat's own verdicts")
        .contains("1 plan(s) counted the answers of an interview, 1 plan(s) had waivers");
    CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(Files.readString(repo.resolve("out/portfolio.csv")))).getRecords().get(0);
    assertThat(row.get("answers_file")).isEqualTo("plans/plan.md.parat.yaml");
    assertThat(row.get("waivers")).isEqualTo("3");
    Cli.Result strict = Cli.runIn(repo, Map.of(), "batch", "-q", "-c", MINI, "--lang", "en", "--strict", "--fail-on",
        "missing", "--output-dir", "strict", "plans");
    assertThat(strict.exit()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(Files.readString(repo.resolve("strict/portfolio.md"))).contains("--strict: only parat's own verdicts")
        .contains("`plans/.parat.yaml`: config file found beside the plans, not read (--strict)");
  }

  @Test
  void strict_and_a_named_answers_file_contradict_each_other() throws Exception {
    answersCoveringEverything();
    Cli.Result r = ci(Map.of(), "--strict", "--answers", "plans/plan.md.parat.yaml");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--answers and --strict contradict each other");
  }

  private static JsonNode json(Cli.Result r) throws Exception {
    assertThat(r.out()).as(r.err()).isNotEmpty();
    return JSON.readTree(r.out());
  }
}
