package dk.parat.portfolio;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.files.AtomicFile;
import dk.parat.gate.GateResult;
import dk.parat.report.CsvReport;
import dk.parat.report.HtmlReport;
import dk.parat.report.JsonReport;
import dk.parat.report.ReportFiles;
import dk.parat.run.Run;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.PlanResult;
import dk.parat.waiver.Waiver;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * A batch's files in its output folder. {@code items.csv} and {@code portfolio.ndjson} are
 * written plan by plan as outcomes come in, from text the scoring threads rendered, and so is
 * each plan's HTML report in {@code reports/}; {@code portfolio.csv}, {@code portfolio.md} and
 * {@code portfolio.html}, which need the whole portfolio, at the end from its summaries. Each
 * portfolio file appears whole, in its place, only when the batch has finished.
 */
public final class PortfolioOutputs implements AutoCloseable {

  public static final String ITEMS = "items.csv";
  public static final String NDJSON = "portfolio.ndjson";
  /** The folder of the plans' own HTML reports, inside the output folder. */
  public static final String REPORTS = "reports";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final PortfolioOptions options;
  private final Portfolio portfolio;
  private final CsvReport csv;
  private final JsonReport json;
  private final HtmlReport html;
  private final Map<String, String> reportNames;
  private final AtomicFile items;
  private final AtomicFile ndjson;

  private PortfolioOutputs(Path dir, PortfolioOptions options, List<CompiledChecklist> checklists, List<String> plans,
      AtomicFile items, AtomicFile ndjson) throws IOException {
    this.dir = dir;
    this.options = options;
    this.portfolio = new Portfolio(checklists);
    this.csv = new CsvReport(options.lang());
    this.json = new JsonReport(options.lang());
    this.html = new HtmlReport(options.lang(), false, false);
    this.reportNames = new HashMap<>();
    List<String> names = ReportFiles.names(plans, HtmlReport.FORMAT.extension());
    for (int i = 0; i < plans.size(); i++) {
      reportNames.put(plans.get(i), REPORTS + "/" + names.get(i));
    }
    this.items = items;
    this.ndjson = ndjson;
    options.csvDialect().begin(items.writer());
    new CSVPrinter(items.writer(), options.csvDialect().format().builder()
        .setHeader(CsvReport.COLUMNS.toArray(String[]::new)).get()).flush();
  }

  /** @param plans the names of every plan the batch will score, so that each report's name is settled first */
  public static PortfolioOutputs open(Path dir, PortfolioOptions options, List<CompiledChecklist> checklists,
      List<String> plans) throws IOException {
    AtomicFile items = AtomicFile.create(dir.resolve(ITEMS));
    try {
      return new PortfolioOutputs(dir, options, checklists, plans, items, AtomicFile.create(dir.resolve(NDJSON)));
    } catch (IOException | RuntimeException e) {
      items.close();
      throw e;
    }
  }

  /**
   * Renders a scored plan into its rows, line and HTML report, and sums it up. Thread-safe: the
   * scoring threads call it, so that the one writing thread only copies text.
   */
  public Outcome.Scored render(Run.Scored scored, List<Waiver> unknownWaivers) {
    PlanResult result = scored.result();
    StringBuilder rows = new StringBuilder();
    try {
      CSVPrinter printer = new CSVPrinter(rows, options.csvDialect().format());
      for (ChecklistScore score : result.scores()) {
        for (ItemResult r : score.items()) {
          printer.printRecord(options.csvDialect().row(csv.row(scored, score, r)));
        }
      }
      StringWriter page = new StringWriter();
      html.write(new Run(List.of(scored), List.of()), page);
      String report = reportNames.get(result.plan().path());
      return new Outcome.Scored(PlanSummary.of(scored, options.groupBy(), report),
          !scored.gates().stream().allMatch(GateResult::passed), unknownWaivers,
          JSON.writeValueAsString(json.plan(scored)), rows.toString(), page.toString());
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
      AtomicFile.write(dir.resolve(s.summary().report()), s.html());
      portfolio.add(s.summary());
    } else if (outcome instanceof Outcome.Failed f) {
      fail(f.failure());
    }
  }

  /** A path that could not be searched or read. */
  public void fail(Run.Unreadable failure) {
    portfolio.fail(failure);
  }

  /** Writes the portfolio's own files and puts them all in place; returns their paths. */
  public List<Path> finish() throws IOException {
    List<Path> written = List.of(dir.resolve(PortfolioCsv.FILE), dir.resolve(ITEMS), dir.resolve(NDJSON),
        dir.resolve(PortfolioMarkdown.FILE), dir.resolve(PortfolioHtml.FILE));
    try (AtomicFile table = AtomicFile.create(written.get(0)); AtomicFile report = AtomicFile.create(written.get(3));
        AtomicFile dashboard = AtomicFile.create(written.get(4))) {
      PortfolioCsv.write(portfolio, options.csvDialect(), table.writer());
      new PortfolioMarkdown(options.lang()).write(portfolio, report.writer());
      new PortfolioHtml(options).write(portfolio, dashboard.writer());
      table.commit();
      items.commit();
      ndjson.commit();
      report.commit();
      dashboard.commit();
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
