package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.TestChecklists;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan's file name, a checklist's band label and a plan's text reach GitHub's workflow
 * commands; a line break or a separator in any of them must not start a command of its own.
 */
class WorkflowCommandInjectionTest {

  /** Every line parat writes in the github format is one of its own commands, with its fields escaped. */
  private static final String COMMAND = "::(group::parat .*|endgroup::|(error|warning|notice) file=[^,:\\n]*"
      + "(,line=\\d+)?,title=[^,:\\n]*::.*)";

  @Test
  void a_file_name_with_line_breaks_cannot_start_workflow_commands(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan\n::stop-commands::tok\n::warning file=x,title=pwned::injected\r.md");
    Files.writeString(plan, TestChecklists.MINI_PLAN);
    Path summary = dir.resolve("summary.md");
    Cli.Result r = Cli.runIn(dir, Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "check", "-c",
        TestChecklists.MINI.toAbsolutePath().toString(), "-f", "github", plan.getFileName().toString());
    List<String> lines = r.out().lines().toList();
    assertThat(lines).isNotEmpty().allMatch(l -> l.matches(COMMAND), "a command of parat's own");
    assertThat(r.out()).doesNotContain("\n::stop-commands").doesNotContain("\n::warning file=x")
        .contains("plan%0A%3A%3Astop-commands%3A%3Atok%0A%3A%3Awarning file=x%2Ctitle=pwned%3A%3Ainjected%0D.md");
    assertThat(lines).filteredOn(l -> l.startsWith("::group::")).first().asString()
        .startsWith("::group::parat plan%0A::stop-commands::tok%0A");
    // In the job summary the name stays inside its table cell: one row per plan and checklist.
    String table = Files.readString(summary);
    assertThat(table.lines().filter(l -> l.startsWith("| ")).count()).isEqualTo(2);
    assertThat(table).doesNotContain("\n::").doesNotContain("\r");
  }

  @Test
  void a_band_label_cannot_start_workflow_commands(@TempDir Path dir) throws Exception {
    Path checklist = dir.resolve("mini.yaml");
    Files.writeString(checklist, TestChecklists.miniText().replace("label: {da: Ikke klar,",
        "label: {da: \"Ikke klar\\n::error::forged\\r\\n::stop-commands::x\",").replace("label: {da: Delvist klar,",
        "label: {da: \"Delvist | klar\",").replace("label: {da: Klar,", "label: {da: \"50% klar\","));
    Path plan = dir.resolve("plan.md");
    Files.writeString(plan, TestChecklists.MINI_PLAN);
    Path summary = dir.resolve("summary.md");
    Cli.Result r = Cli.runIn(dir, Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "check", "-c", checklist.toString(),
        "-f", "github", "plan.md");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines()).allMatch(l -> l.matches(COMMAND));
    assertThat(r.out()).contains("::group::parat plan.md · mini · Ikke klar%0A::error::forged%0D%0A::stop-commands::x 17/100");
    assertThat(Files.readString(summary)).contains("| Ikke klar ::error::forged ::stop-commands::x |");
  }

  @Test
  void plan_text_in_a_message_stays_in_its_annotation(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.md");
    Files.writeString(plan, "# Plan\n\nLøsningen tages i brug i hele kommunen på én gang, 100% ::error::x.\n");
    Cli.Result r = Cli.runIn(dir, Map.of(), "check", "-c", TestChecklists.MINI.toAbsolutePath().toString(), "-f",
        "github", "plan.md");
    assertThat(r.out().lines()).allMatch(l -> l.matches(COMMAND));
    assertThat(r.out()).contains("100%25 ::error::x.");
  }
}
