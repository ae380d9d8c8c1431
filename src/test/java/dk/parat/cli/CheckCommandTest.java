package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.TestChecklists;
import dk.parat.report.CsvReport;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  private static final String PLAN = "examples/skaermbesoeg-hjemmeplejen.md";
  private static final Set<String> STATUSES =
      Set.of("covered", "partial", "missing", "guarded", "unclear", "exposed", "not-applicable");

  @Test
  void check_writes_a_markdown_gap_report_and_exits_0() {
    Cli.Result r = Cli.run("check", PLAN);
    assertThat(r.exit()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("# Parathedsrapport: ")
        .contains("### Samlet vurdering: ")
        .contains("**Første barriere:**")
        .contains("### Huller, mest presserende først")
        .doesNotContain("##### BI-4-P2");
    assertThat(Cli.run("check", "--detail", PLAN).out()).contains("##### BI-4-P2 ");
  }

  @Test
  void english_labels_with_lang_en() {
    Cli.Result r = Cli.run("check", "--lang", "en", "--detail", PLAN);
    assertThat(r.out()).startsWith("# Readiness report: ").contains("### Overall verdict: ").contains("\n\nCovered · ");
  }

  @Test
  void the_plans_declared_language_is_the_default() {
    Cli.Result r = Cli.run("check", "examples/cross-municipal-data-platform.md");
    assertThat(r.out()).startsWith("# Readiness report: ");
  }

  @Test
  void csv_has_one_rfc4180_row_per_item_with_the_status_words() throws Exception {
    Cli.Result r = Cli.run("check", "--format", "csv", PLAN);
    assertThat(r.exit()).isZero();
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(r.out())).getRecords();
    assertThat(rows).hasSize(28);
    assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(CsvReport.COLUMNS);
    assertThat(rows).allSatisfy(row -> {
      assertThat(row.get("plan")).isEqualTo(PLAN);
      assertThat(row.get("checklist")).isEqualTo("bedre-implementering");
      assertThat(STATUSES).contains(row.get("status"));
      if (!row.get("evidence").isEmpty()) {
        assertThat(row.get("evidence")).matches("(?s)\\d+: .+");
      }
    });
  }

  @Test
  void word_and_pdf_plans_are_checked_with_evidence_located_by_paragraph_and_page() throws Exception {
    Cli.Result word = Cli.run("check", "--detail", "examples/skaermbesoeg-hjemmeplejen.docx");
    assertThat(word.exit()).as(word.err()).isZero();
    assertThat(word.err()).isEmpty();
    assertThat(word.out()).startsWith("# Parathedsrapport: Implementeringsplan – skærmbesøg")
        .containsPattern("” \\(afsnit \\d+, 7\\. Organisering og roller\\)")
        .doesNotContainPattern("- linje \\d");
    Cli.Result pdf = Cli.run("check", "--lang", "en", "--detail", "examples/skaermbesoeg-hjemmeplejen.pdf");
    assertThat(pdf.exit()).as(pdf.err()).isZero();
    assertThat(pdf.out()).containsPattern("” \\(p\\. \\d+, paragraph \\d+, [^)]+\\)")
        .doesNotContainPattern("- line \\d");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(Cli.run("check", "-f", "csv", "examples/skaermbesoeg-hjemmeplejen.pdf").out())).getRecords();
    assertThat(rows).hasSize(28).filteredOn(row -> !row.get("evidence").isEmpty())
        .isNotEmpty().allSatisfy(row -> assertThat(row.get("evidence")).matches("(?s)s\\. \\d+, afsnit \\d+: .+"));
  }

  @Test
  void the_same_input_gives_byte_identical_output() {
    assertThat(Cli.run("check", PLAN).out()).isEqualTo(Cli.run("check", PLAN).out());
    assertThat(Cli.run("check", "-f", "csv", PLAN).out()).isEqualTo(Cli.run("check", "-f", "csv", PLAN).out());
  }

  @Test
  void output_to_a_file_keeps_stdout_empty(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("reports/gaps.csv");
    Cli.Result r = Cli.run("check", "-f", "csv", "-o", out.toString(), PLAN);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith(String.join(",", CsvReport.COLUMNS));
  }

  @Test
  void a_missing_plan_is_a_usage_error_with_the_path_and_no_stack_trace() {
    Cli.Result r = Cli.run("check", "examples/no-such-plan.md");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("examples/no-such-plan.md: no such file").doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void one_bad_plan_does_not_stop_the_others_but_sets_the_exit_code() {
    Cli.Result r = Cli.run("check", "examples/no-such-plan.md", PLAN);
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).contains("# Parathedsrapport");
  }

  @Test
  void a_broken_checklist_is_a_usage_error_naming_file_and_line(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, TestChecklists.miniText().replace("kind: pitfall", "kind: trap"));
    Cli.Result r = Cli.run("check", "--checklist", broken.toString(), PLAN);
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(broken + ":").contains("unknown kind 'trap'").doesNotContain("\tat ");
  }

  @Test
  void a_users_own_checklist_file_is_scored() {
    Cli.Result r = Cli.run("check", "-c", TestChecklists.MINI.toString(), "-f", "csv", PLAN);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains(",mini,").doesNotContain("bedre-implementering");
  }

  @Test
  void bad_options_are_usage_errors() {
    assertThat(Cli.run("check", "--format", "pdf", PLAN).exit()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("check", "--lang", "de", PLAN).exit()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("check").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("chek", PLAN).exit()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run().exit()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void help_and_version() {
    Cli.Result help = Cli.run("check", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage: parat check").contains("Examples:").contains("--format");
    Cli.Result version = Cli.run("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("parat ");
  }
}
