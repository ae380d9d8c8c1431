package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.TestChecklists;
import dk.parat.answers.Answer;
import dk.parat.answers.Answers;
import dk.parat.answers.AnswersFile;
import dk.parat.checklist.Status;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plan text that a spreadsheet would run as a formula (OWASP's "CSV injection") reaches every
 * CSV parat writes as text: with a leading quote, unless {@code --raw-csv} asks for cells as they are.
 */
class CsvFormulaTest {

  private static final String MINI = TestChecklists.MINI.toAbsolutePath().toString();

  @TempDir
  Path dir;

  @BeforeEach
  void hostilePlan() throws Exception {
    Path plan = dir.resolve("=plan.md");
    Files.writeString(plan, """
        ---
        title: "=HYPERLINK(\\"http://evil.example\\",\\"Klik\\")"
        municipality: "+cmd|' /C calc'!A0"
        technology: "@SUM(1+1)"
        ---
        """ + TestChecklists.MINI_PLAN);
    AnswersFile.write(AnswersFile.besidePlan(plan), Answers.empty("=plan.md.parat.yaml").with(new Answer("MINI-I2",
        Status.MISSING, "-2+3", "=Mette", OffsetDateTime.parse("2025-03-04T10:15:30+01:00"), null, 0)), "=plan.md");
  }

  private static List<CSVRecord> records(String csv) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
        .getRecords();
  }

  @Test
  void check_csv_quotes_cells_a_spreadsheet_would_run() throws Exception {
    Cli.Result r = Cli.runIn(dir, Map.of(), "check", "-c", MINI, "-f", "csv", "=plan.md");
    assertThat(r.exit()).as(r.err()).isZero();
    CSVRecord row = records(r.out()).stream().filter(x -> x.get("item").equals("MINI-I2")).findFirst().orElseThrow();
    assertThat(row.get("plan")).isEqualTo("'=plan.md");
    assertThat(row.get("answer_by")).isEqualTo("'=Mette");
    assertThat(row.get("answer_note")).isEqualTo("'-2+3");
    Cli.Result raw = Cli.runIn(dir, Map.of(), "check", "-c", MINI, "-f", "csv", "--raw-csv", "=plan.md");
    CSVRecord rawRow = records(raw.out()).stream().filter(x -> x.get("item").equals("MINI-I2")).findFirst().orElseThrow();
    assertThat(rawRow.get("plan")).isEqualTo("=plan.md");
    assertThat(rawRow.get("answer_note")).isEqualTo("-2+3");
  }

  @Test
  void batch_tables_quote_them_too() throws Exception {
    Cli.Result r = Cli.runIn(dir, Map.of(), "batch", "-q", "-c", MINI, "--output-dir", "out", ".");
    assertThat(r.exit()).as(r.err()).isZero();
    CSVRecord plan = records(Files.readString(dir.resolve("out/portfolio.csv"))).get(0);
    assertThat(plan.get("path")).isEqualTo("'=plan.md");
    assertThat(plan.get("title")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Klik\")");
    assertThat(plan.get("municipality")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(plan.get("technology")).isEqualTo("'@SUM(1+1)");
    assertThat(records(Files.readString(dir.resolve("out/items.csv")))).allMatch(x -> x.get("plan").equals("'=plan.md"));
    Cli.runIn(dir, Map.of("PARAT_RAW_CSV", "true"), "batch", "-q", "-c", MINI, "--output-dir", "raw", ".");
    assertThat(records(Files.readString(dir.resolve("raw/portfolio.csv"))).get(0).get("technology")).isEqualTo("@SUM(1+1)");
  }
}
