package dk.parat.portfolio;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.files.AtomicFile;
import dk.parat.gate.GateResult;
import dk.parat.report.CsvReport;
import dk.parat.report.JsonReport;
import dk.parat.run.Run;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.PlanResult;
import dk.parat.text.Lang;
import dk.parat.waiver.Waiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A batch's files in its output folder. {@code items.csv} and {@code portfolio.ndjson} are
 * written plan by plan as outcomes come in, from text the scoring threads rendered;
 * {@code portfolio.csv} and {@code portfolio.md}, which need the whole portfolio, at the end
 * from its summaries. Each file appears whole, in its place, only when the batch has finished.
 */
public final class PortfolioOutputs implements AutoCloseable {

  public static final String ITEMS = "items.csv";
  public static final String NDJSON = "portfolio.ndjson";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final Lang lang;
  private final Portfolio portfolio;
  private final CsvReport csv;
  private final JsonReport json;
  private final AtomicFile items;
  private final AtomicFile ndjson;

  private PortfolioOutputs(Path dir, Lang lang, List<CompiledChecklist> checklists, AtomicFile items, AtomicFile ndjson)
      throws IOException {
    this.dir = dir;
    this.lang = lang;
    this.portfolio = new Portfolio(checklists);
    this.csv = new CsvReport(lang);
    this.json = new JsonReport(lang);
    this.items = items;
    this.ndjson = ndjson;
    new CSVPrinter(items.writer(), CSVFormat.RFC4180.builder().setHeader(CsvReport.COLUMNS.toArray(String[]::new)).get())
        .flush();
  }

  public static PortfolioOutputs open(Path dir, Lang lang, List<CompiledChecklist> checklists) throws IOException {
    AtomicFile items = AtomicFile.create(dir.resolve(ITEMS));
    try {
      return new PortfolioOutputs(dir, lang, checklists, items, AtomicFile.create(dir.resolve(NDJSON)));
    } catch (IOException | RuntimeException e) {
      items.close();
      throw e;
    }
  }

  /**
   * Renders a scored plan into its rows and line, and sums it up. Thread-safe: the scoring
   * threads call it, so that the one writing thread only copies text.
   */
  public Outcome.Scored render(Run.Scored scored, List<Waiver> unknownWaivers) {
    PlanResult result = scored.result();
    StringBuilder rows = new StringBuilder();
    try {
      CSVPrinter printer = new CSVPrinter(rows, CSVFormat.RFC4180);
      for (ChecklistScore score : result.scores()) {
        for (ItemResult r : score.items()) {
          printer.printRecord(csv.row(scored, score, r));
        }
      }
      return new Outcome.Scored(PlanSummary.of(scored),
          !scored.gates().stream().allMatch(GateResult::passed), unknownWaivers,
          JSON.writeValueAsString(json.plan(scored)), rows.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder takes every write", e);
    }
  }

  /** Takes the next outcome, in path order. */
  public void accept(Outcome outcome) throws IOException {
    if (outcome instanceof Outcome.Scored s) {
      items.writer().write(s.itemRows());
      ndjson.writer().write(s.json());
      ndjson.writer().write('\n');
      portfolio.add(s.summary());
    } else if (outcome instanceof Outcome.Failed f) {
      fail(f.failure());
    }
  }

  /** A path that could not be searched or read. */
  public void fail(Run.Unreadable failure) {
    portfolio.fail(failure);
  }

  /** Writes the portfolio's own files and puts all four in place; returns their paths. */
  public List<Path> finish() throws IOException {
    List<Path> written = List.of(dir.resolve(PortfolioCsv.FILE), dir.resolve(ITEMS), dir.resolve(NDJSON),
        dir.resolve(PortfolioMarkdown.FILE));
    try (AtomicFile table = AtomicFile.create(written.get(0)); AtomicFile report = AtomicFile.create(written.get(3))) {
      PortfolioCsv.write(portfolio, table.writer());
      new PortfolioMarkdown(lang).write(portfolio, report.writer());
      table.commit();
      items.commit();
      ndjson.commit();
      report.commit();
    }
    return written;
  }

  /** Discards what was not put in place: a batch that failed leaves the last good files. */
  @Override
  public void close() throws IOException {
    try {
      items.close();
    } finally {
      ndjson.close();
    }
  }
}
