package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.TestChecklists;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's mistake gets one line in parat's words, naming the file and line; nothing is dropped without a word. */
class MessagesTest {

  private static final String MINI = TestChecklists.MINI.toAbsolutePath().toString();

  @TempDir
  Path dir;

  @BeforeEach
  void plan() throws Exception {
    Files.writeString(dir.resolve("plan.md"), TestChecklists.MINI_PLAN);
  }

  private Cli.Result check(String... options) {
    return check(Map.of(), options);
  }

  private Cli.Result check(Map<String, String> env, String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("check", "-q", "-c", MINI));
    args.addAll(List.of(options));
    args.add("plan.md");
    return Cli.runIn(dir, env, args.toArray(String[]::new));
  }

  private static void oneLine(Cli.Result r) {
    assertThat(r.exit()).as(r.err() + "|" + r.out()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("parat: ").hasLineCount(1).doesNotContain("java.").doesNotContain("Jackson")
        .doesNotContain("JsonToken").doesNotContain("in 'reader'").doesNotContain("Usage:");
  }

  @Test
  void a_bad_config_value_is_told_in_parats_words() throws Exception {
    Files.writeString(dir.resolve(".parat.yaml"), "fail_on: exposed\nmin_score: abc\n");
    Cli.Result number = check();
    oneLine(number);
    assertThat(number.err()).contains(".parat.yaml:2: min_score is 'abc', which is not a number from 0 to 100");
    Files.writeString(dir.resolve(".parat.yaml"), "checklists: {a: 1}\n");
    Cli.Result list = Cli.runIn(dir, Map.of(), "check", "plan.md");
    oneLine(list);
    assertThat(list.err()).contains(".parat.yaml:1: checklists is a mapping, which is not a list of checklist ids or paths");
  }

  @Test
  void a_score_option_outside_0_to_100_or_not_a_number_gets_one_line() throws Exception {
    Cli.Result abc = check("--min-score", "abc");
    oneLine(abc);
    assertThat(abc.err()).contains("--min-score").contains("'abc' is not a number from 0 to 100")
        .contains("parat check --help");
    oneLine(check("--min-score", "150"));
    oneLine(check("--min-chapter-score", "-1"));
    Cli.Result env = check(Map.of("PARAT_MIN_SCORE", "150"));
    oneLine(env);
    assertThat(env.err()).contains("PARAT_MIN_SCORE=150").contains("from 0 to 100");
    Files.writeString(dir.resolve(".parat.yaml"), "min_score: 150\nchapter_minimums: {\"1\": 101}\n");
    Cli.Result file = check();
    oneLine(file);
    assertThat(file.err()).contains(".parat.yaml:1: min_score is 150");
    assertThat(Cli.runIn(dir, Map.of(), "check", "--bogus", "plan.md").err()).hasLineCount(1);
  }

  @Test
  void duplicate_keys_are_refused_in_config_and_plans() throws Exception {
    Files.writeString(dir.resolve(".parat.yaml"), "fail_on: exposed\nmin_score: 10\nfail_on: never\n");
    Cli.Result config = check();
    oneLine(config);
    assertThat(config.err()).contains(".parat.yaml:3: duplicate key 'fail_on'");
    Files.delete(dir.resolve(".parat.yaml"));
    Files.writeString(dir.resolve("plan.md"), "---\nphase: idéudvikling\nscale: unit\nphase: implementering\n---\n"
        + TestChecklists.MINI_PLAN);
    Cli.Result front = check();
    oneLine(front);
    assertThat(front.err()).contains("plan.md:4: the YAML cannot be read: duplicate key 'phase'");
    Files.writeString(dir.resolve("plan.yaml"), "Formål: Vi vil spare tid.\nRisici: Ingen.\nFormål: Noget andet.\n");
    Cli.Result yaml = Cli.runIn(dir, Map.of(), "check", "-q", "-c", MINI, "plan.yaml");
    oneLine(yaml);
    assertThat(yaml.err()).contains("plan.yaml:3: the YAML cannot be read: duplicate key 'Formål'");
  }

  @Test
  void a_checklist_indentation_error_is_one_line_with_file_and_line() throws Exception {
    List<String> lines = new java.util.ArrayList<>(TestChecklists.miniText().lines().toList());
    int kind = lines.indexOf("        kind: pitfall");
    lines.set(kind, "       kind: pitfall");
    Path checklist = dir.resolve("mini.yaml");
    Files.writeString(checklist, String.join("\n", lines) + "\n");
    Cli.Result r = Cli.runIn(dir, Map.of(), "check", "-c", checklist.toString(), "plan.md");
    oneLine(r);
    assertThat(r.err()).contains(checklist + ":" + (kind + 1) + ":").contains("indent");
  }

  @Test
  void an_unknown_front_matter_key_is_a_warning_with_file_and_line() throws Exception {
    Files.writeString(dir.resolve("plan.md"), "---\ntitle: Plan\nmålgrupe: borgerrettet\nversion: 2\n---\n"
        + TestChecklists.MINI_PLAN);
    Cli.Result r = Cli.runIn(dir, Map.of(), "check", "-c", MINI, "plan.md");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("parat: plan.md:3: warning: 'målgrupe' is no key parat reads")
        .contains("did you mean 'målgruppe' (audience)?").doesNotContain("'version'");
    assertThat(r.out()).startsWith("# Parathedsrapport");
    Files.writeString(dir.resolve("plan.md"), "---\ntitle: Plan\nmålgruppe: borgerrettet\n---\n" + TestChecklists.MINI_PLAN);
    Cli.Result known = Cli.runIn(dir, Map.of(), "check", "-c", MINI, "-f", "json", "plan.md");
    assertThat(known.err()).isEmpty();
    assertThat(known.out()).contains("\"audience\" : \"citizen-facing\"");
  }

  @Test
  void an_expired_waiver_is_named_with_its_file_and_line_when_the_gate_fails() throws Exception {
    Files.writeString(dir.resolve("plan.md"), "---\ntitle: Plan\nwaivers:\n  - {item: MINI-P1, reason: Accepteret, "
        + "until: 2025-01-31}\n---\n" + TestChecklists.MINI_PLAN);
    Cli.Result r = Cli.runIn(dir, Map.of("PARAT_TODAY", "2025-02-01"), "check", "-c", MINI, "--fail-on", "exposed",
        "plan.md");
    assertThat(r.exit()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(r.err()).contains("MINI-P1 is exposed (its waiver in plan.md:4 expired on 2025-01-31)");
  }
}
