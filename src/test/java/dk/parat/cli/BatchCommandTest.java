package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dk.parat.Cli;
import dk.parat.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parat batch} through the command line: what it finds, what it refuses, what it writes. */
class BatchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FILES = List.of("portfolio.csv", "items.csv", "portfolio.ndjson", "portfolio.md",
      "portfolio.html", "reports/skaermbesoeg-hjemmeplejen.report.html");
  private static final String[] EXAMPLES = {"examples/ai-chatbot-borgerservice.md", "examples/cross-municipal-data-platform.md",
      "examples/digitale-laase-hjemmeplejen.txt", "examples/esdh-opgradering.md", "examples/flaadestyring-teknik-miljoe.yaml",
      "examples/rpa-oekonomiforvaltningen.yaml", "examples/skaermbesoeg-hjemmeplejen.md",
      "examples/talegenkendelse-myndighed.md"};

  private static String plan(String title, String body) {
    return "---\ntitle: " + title + "\nmunicipality: Testby Kommune\n---\n\n# " + title + "\n\n" + body + "\n";
  }

  private static List<CSVRecord> csv(Path file) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(Files.readString(file))).getRecords();
  }

  @Test
  void scores_every_good_plan_and_lists_every_bad_one_without_stopping(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("plans");
    Files.createDirectories(dir.resolve("sub"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("good.md"), plan("God plan", "Superbrugerne oplæres i marts 2025 af Ole Hansen."));
    Files.writeString(dir.resolve("sub/also-good.txt"), "PLAN FOR SKÆRMBESØG\n===================\n\nVi afprøver i ét team i uge 12.\n");
    Files.write(dir.resolve("binary.md"), new byte[] {'#', ' ', 'P', 0, 1, 2, 3});
    Files.writeString(dir.resolve("empty.md"), "");
    Files.writeString(dir.resolve("unclosed.md"), "---\ntitle: Ingen ende\n\n# Plan\n\nTekst.\n");
    Files.write(dir.resolve("latin1.txt"), "Medarbejderne får oplæring i år.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("notes.odt"), "not a plan ending: never looked at");
    Files.writeString(dir.resolve(".git/HEAD.md"), "# hidden folders are passed over");
    Files.createSymbolicLink(dir.resolve("linked.md"), dir.resolve("good.md"));
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
    Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("gone.md"));
    Path out = tmp.resolve("out");

    Cli.Result r = Cli.run("batch", "--output-dir", out.toString(), dir.toString());

    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.USAGE);
    List<CSVRecord> rows = csv(out.resolve("portfolio.csv"));
    assertThat(rows.stream().filter(row -> row.get("error").isEmpty()).map(row -> row.get("path")))
        .containsExactly(dir + "/good.md", dir + "/linked.md", dir + "/sub/also-good.txt");
    String report = Files.readString(out.resolve("portfolio.md"));
    String dashboard = Files.readString(out.resolve("portfolio.html"));
    assertThat(dashboard).contains("href=\"reports/good.report.html\"").contains("href=\"reports/also-good.report.html\"");
    assertThat(out.resolve("reports/good.report.html")).exists();
    for (String bad : List.of("binary.md", "empty.md", "unclosed.md", "latin1.txt", "dangling.md", "sub/loop")) {
      assertThat(r.err()).contains("parat: " + dir + "/" + bad + ":");
      assertThat(report).contains("`" + dir + "/" + bad + "`: ");
      assertThat(dashboard.split(java.util.regex.Pattern.quote(dir + "/" + bad + "<"), -1)).as(bad).hasSize(2);
      assertThat(rows.stream().filter(row -> row.get("path").equals(dir + "/" + bad)).map(row -> row.get("error")))
          .singleElement().asString().isNotBlank().doesNotStartWith(dir.toString());
    }
    assertThat(r.err()).contains("binary file").contains("is empty").contains("never ends").contains("not valid UTF-8")
        .contains("does not exist").contains("loops back").contains("scored 3 plans, 6 could not be read");
    assertThat(report).doesNotContain("notes.odt").doesNotContain("HEAD.md");
  }

  @Test
  void outputs_are_byte_identical_across_runs_and_thread_counts(@TempDir Path tmp) throws Exception {
    List<Map<String, byte[]>> runs = new ArrayList<>();
    for (String threads : List.of("1", "2", "4", "2")) {
      Path out = tmp.resolve("out-" + runs.size());
      List<String> args = new ArrayList<>(List.of("batch", "--all", "--threads", threads, "--output-dir", out.toString()));
      args.addAll(List.of(EXAMPLES));
      Cli.Result r = Cli.run(Map.of("PARAT_TODAY", "2025-06-01"), args.toArray(String[]::new));
      assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
      Map<String, byte[]> files = new java.util.LinkedHashMap<>();
      for (String f : FILES) {
        files.put(f, Files.readAllBytes(out.resolve(f)));
      }
      runs.add(files);
    }
    for (String f : FILES) {
      for (Map<String, byte[]> run : runs) {
        assertThat(run.get(f)).as(f).isEqualTo(runs.get(0).get(f));
      }
    }
    assertThat(csv(tmp.resolve("out-0/portfolio.csv"))).hasSize(EXAMPLES.length);
  }

  @Test
  void each_ndjson_line_is_a_plans_entry_of_check_json_and_valid_against_the_schema(@TempDir Path tmp) throws Exception {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(JSON.readTree(Files.readString(Path.of("docs/schema/report.schema.json"))));
    Path out = tmp.resolve("out");
    List<String> args = new ArrayList<>(List.of("batch", "--all", "--output-dir", out.toString()));
    args.addAll(List.of(EXAMPLES));
    assertThat(Cli.run(args.toArray(String[]::new)).exit()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("portfolio.ndjson"));
    assertThat(lines).hasSize(EXAMPLES.length);
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line = JSON.readTree(lines.get(i));
      JsonNode check = JSON.readTree(Cli.run("check", "--all", "--lang", "da", "-f", "json", EXAMPLES[i]).out());
      assertThat(line).isEqualTo(check.at("/plans/0"));
      ObjectNode report = (ObjectNode) check.deepCopy();
      report.putArray("plans").add(line);
      assertThat(schema.validate(report)).isEmpty();
    }
  }

  @Test
  void items_csv_has_the_rows_of_check_format_csv(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("batch", "--lang", "en", "--output-dir", out.toString(), EXAMPLES[6], EXAMPLES[2]);
    assertThat(r.exit()).isZero();
    String check = Cli.run("check", "--lang", "en", "-f", "csv", EXAMPLES[2], EXAMPLES[6]).out();
    assertThat(Files.readString(out.resolve("items.csv"))).isEqualTo(check);
  }

  @Test
  void finds_plans_by_glob_and_list_with_include_and_exclude_and_never_in_its_own_output(@TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("plans");
    Files.createDirectories(dir.resolve("drafts"));
    Files.createDirectories(dir.resolve("2025"));
    for (String name : List.of("a.md", "b.txt", "drafts/c.md", "2025/d.md", "2025/e.txt")) {
      Files.writeString(dir.resolve(name), plan(name, "Vi afprøver løsningen i ét team."));
    }
    Files.writeString(tmp.resolve("list.txt"), "# plans to score\n" + dir.resolve("a.md") + "\n\n" + dir + "/2025/*.txt\n");
    Path out = dir.resolve("parat-batch");

    Cli.Result listed = Cli.run("batch", "--output-dir", out.toString(), "@" + tmp.resolve("list.txt"));
    assertThat(listed.exit()).as(listed.err()).isZero();
    assertThat(paths(out)).containsExactly(dir + "/2025/e.txt", dir + "/a.md");

    Cli.Result filtered = Cli.run("batch", "--output-dir", out.toString(), "--exclude", "drafts", "--include", "*.md",
        dir.toString());
    assertThat(filtered.exit()).as(filtered.err()).isZero();
    assertThat(paths(out)).containsExactly(dir + "/2025/d.md", dir + "/a.md");

    Files.writeString(tmp.resolve(".parat.yaml"), "ignore: [\"plans/2025/**\"]\n");
    Cli.Result ignored = Cli.run("batch", "--output-dir", out.toString(), "--config", tmp.resolve(".parat.yaml").toString(),
        dir.toString());
    assertThat(ignored.exit()).as(ignored.err()).isZero();
    assertThat(paths(out)).containsExactly(dir + "/a.md", dir + "/b.txt", dir + "/drafts/c.md");
  }

  private static List<String> paths(Path out) throws Exception {
    return csv(out.resolve("portfolio.csv")).stream().map(row -> row.get("path")).toList();
  }

  @Test
  void a_gate_failure_exits_1_and_nothing_found_exits_2_with_what_to_check(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    Cli.Result gated = Cli.run("batch", "--min-score", "99", "--output-dir", out.toString(), EXAMPLES[0], EXAMPLES[6]);
    assertThat(gated.exit()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(gated.err()).contains("the gate failed for 2 of 2 plans");
    assertThat(csv(out.resolve("portfolio.csv"))).allSatisfy(row -> assertThat(row.get("bedre-implementering.gate"))
        .isEqualTo("failed"));

    Files.createDirectories(tmp.resolve("nothing"));
    Cli.Result none = Cli.run("batch", "--output-dir", out.toString(), tmp.resolve("nothing").toString());
    assertThat(none.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(none.err()).contains("no plans found in " + tmp.resolve("nothing")).contains(".md");

    Cli.Result threads = Cli.run("batch", "--threads", "0", EXAMPLES[0]);
    assertThat(threads.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(threads.err()).contains("--threads 0");
  }

  @Test
  void a_terminal_gets_a_progress_bar_and_quiet_or_a_pipe_does_not(@TempDir Path tmp) {
    assertThat(run(true, tmp, "batch", "--output-dir", tmp.resolve("a").toString(), EXAMPLES[0], EXAMPLES[1]))
        .contains("parat batch").contains("2/2").contains("\r");
    assertThat(run(true, tmp, "batch", "--quiet", "--output-dir", tmp.resolve("b").toString(), EXAMPLES[0]))
        .isEmpty();
    assertThat(run(false, tmp, "batch", "--output-dir", tmp.resolve("c").toString(), EXAMPLES[0]))
        .doesNotContain("\r").startsWith("parat: scored 1 plans;");
  }

  private static String run(boolean terminal, Path tmp, String... args) {
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new Io(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true), Map.of(), Path.of(""), terminal));
    assertThat(exit).as(err.toString()).isZero();
    return err.toString();
  }

  @Test
  void excel_or_the_configs_csv_dialect_writes_csv_for_danish_spreadsheets(@TempDir Path tmp) throws Exception {
    Path plans = Files.createDirectories(tmp.resolve("plans"));
    Files.writeString(plans.resolve("plan.md"), plan("God plan", "Superbrugerne oplæres i marts 2025 af Ole Hansen."));
    Cli.Result excel = Cli.runIn(tmp, Map.of(), "batch", "-q", "--excel", "--output-dir", "out", "plans");
    assertThat(excel.exit()).as(excel.err()).isZero();
    String table = Files.readString(tmp.resolve("out/portfolio.csv"));
    assertThat(table).startsWith("\uFEFFpath;title;").containsPattern(";\\d+,\\d\\d;").doesNotContainPattern(";\\d+\\.\\d\\d;");
    assertThat(Files.readString(tmp.resolve("out/items.csv"))).startsWith("\uFEFFplan;checklist;");
    Files.writeString(plans.resolve(".parat.yaml"), "csv: {dialect: excel-da}\n");
    assertThat(Cli.runIn(tmp, Map.of(), "batch", "-q", "--output-dir", "out2", "plans").exit()).isZero();
    assertThat(Files.readString(tmp.resolve("out2/portfolio.csv"))).isEqualTo(table);
    Files.writeString(plans.resolve(".parat.yaml"), "csv: {dialect: excel}\n");
    Cli.Result bad = Cli.runIn(tmp, Map.of(), "batch", "-q", "--output-dir", "out3", "plans");
    assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).contains("excel").contains("one of rfc4180, excel-da");
  }

  @Test
  void answers_files_checklists_concepts_and_reports_are_passed_over_not_scored(@TempDir Path out) throws Exception {
    Cli.Result r = Cli.run("batch", "--output-dir", out.toString(), "examples", "checklists");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> scored = csv(out.resolve("portfolio.csv")).stream().map(x -> x.get("path")).toList();
    assertThat(scored).hasSize(12).noneMatch(p -> p.startsWith("examples/reports/") || p.startsWith("checklists/")
        || p.startsWith("examples/checklists/"));
    assertThat(r.err()).contains("passed over 33 files (answers files, checklists or parat's reports) that are no plans")
        .doesNotContain("could not be read");
  }

  @Test
  void an_answers_file_beside_a_plan_is_no_unreadable_plan(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.md");
    Files.writeString(plan, plan("Plan", "Superbrugerne oplæres i marts 2025 af Ole Hansen."));
    Cli.Result interview = Cli.runWithInput("n Aftalt med Ole\n:quit\n", Map.of("PARAT_INTERVIEW_FORCE", "1",
        "PARAT_HISTORY", dir.resolve("history").toString()), "interview", "--by", "Ole", plan.toString());
    assertThat(interview.exit()).as(interview.err()).isZero();
    assertThat(dir.resolve("plan.md.parat.yaml")).exists();
    Cli.Result r = Cli.run("batch", "-q", "--output-dir", dir.resolve("out").toString(), dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(csv(dir.resolve("out/portfolio.csv"))).hasSize(1);
  }
}
