package dk.parat.portfolio;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.files.FileSet;
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
 * written plan by plan as outcomes come in, from text the scoring threads rendered;
 * {@code portfolio.csv} and {@code portfolio.md}, which need the whole portfolio, at the end
 * from its summaries; each plan's HTML report as it comes in. All of them appear together, each
 * whole, only when the batch has finished ({@link FileSet}); an interrupted batch leaves the
 * previous files and no temporary file.
 */
public final class PortfolioOutputs implements AutoCloseable {

  public static final String ITEMS = "items.csv";
  public static final String NDJSON = "portfolio.ndjson";
  /** The folder of the plans' own HTML reports, inside the output folder. */
  public static final String REPORTS = "reports";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortfolioOptions options;
  private final Portfolio portfolio;
  private final CsvReport csv;
  private final JsonReport json;
  private final HtmlReport html;
  private final Map<String, String> reportNames = new HashMap<>();
  private final FileSet files;

  private PortfolioOutputs(PortfolioOptions options, List<CompiledChecklist> checklists,
      List<PlanFinder.PlanFile> plans, FileSet files) throws IOException {
    this.options = options;
    this.portfolio = new Portfolio(checklists);
    this.csv = new CsvReport(options.lang(), options.cells());
    this.json = new JsonReport(options.lang());
    this.html = new HtmlReport(options.lang(), false, false);
    List<String> names = ReportFiles.names(plans.stream().map(PlanFinder.PlanFile::name).toList(),
        HtmlReport.FORMAT.extension());
    for (int i = 0; i < plans.size(); i++) {
      reportNames.put(plans.get(i).name(), REPORTS + "/" + names.get(i));
    }
    this.files = files;
    options.csvDialect().begin(files.writer(ITEMS));
    new CSVPrinter(files.writer(ITEMS), options.csvDialect().format().builder()
        .setHeader(CsvReport.COLUMNS.toArray(String[]::new)).get()).flush();
  }

  /**
   * @param plans the plans the batch reads, which no output may be written over, and whose
   *     reports are named before the first is written
   */
  public static PortfolioOutputs open(Path dir, PortfolioOptions options, List<CompiledChecklist> checklists,
      List<PlanFinder.PlanFile> plans) throws IOException {
    FileSet files = FileSet.open(dir, List.of(PortfolioCsv.FILE, ITEMS, NDJSON, PortfolioMarkdown.FILE,
        PortfolioHtml.FILE), plans.stream().map(PlanFinder.PlanFile::file).toList());
    try {
      return new PortfolioOutputs(options, checklists, plans, files);
    } catch (IOException | RuntimeException e) {
      files.close();
      throw e;
    }
  }

  /**
   * Renders a scored plan into its rows, line and HTML report, and sums it up. Thread-safe: the scoring
   * threads call it, so that the one writing thread only copies text.
   */
  public Outcome.Scored render(Run.Scored scored, List<Waiver> unknownWaivers) {
    PlanResult result = scored.result();
    StringBuilder rows = new StringBuilder();
    try {
      CSVPrinter printer = new CSVPrinter(rows, options.csvDialect().format());
      for (ChecklistScore score : result.scores()) {
        for (ItemResult r : score.items()) {
          printer.printRecord(options.csvDialect().row(csv.row(options.sources(), scored, score, r)));
        }
      }
      StringWriter page = new StringWriter();
      html.write(new Run(List.of(scored), List.of(), options.sources()), page);
      return new Outcome.Scored(PlanSummary.of(scored, options.groupBy(), reportNames.get(result.plan().path())),
          !scored.gates().stream().allMatch(GateResult::passed), unknownWaivers,
          JSON.writeValueAsString(json.plan(scored)), rows.toString(), page.toString(), result.plan().warnings());
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder takes every write", e);
    }
  }

  /** Takes the next outcome, in path order. */
  public void accept(Outcome outcome) throws IOException {
    if (outcome instanceof Outcome.Scored s) {
      files.writer(ITEMS).write(s.itemRows());
      files.writer(NDJSON).write(s.json());
      files.writer(NDJSON).write('\n');
      files.add(s.summary().report(), out -> out.write(s.html()));
      portfolio.add(s.summary());
    } else if (outcome instanceof Outcome.Failed f) {
      fail(f.failure());
    }
  }

  /** A path that could not be searched or read. */
  public void fail(Run.Unreadable failure) {
    portfolio.fail(failure);
  }

  /** Writes the portfolio's own files and puts them all in place together; returns their paths. */
  public List<Path> finish() throws IOException {
    PortfolioCsv.write(portfolio, files.writer(PortfolioCsv.FILE), options.cells(), options.csvDialect());
    new PortfolioMarkdown(options.lang()).write(portfolio, options.sources(), files.writer(PortfolioMarkdown.FILE));
    new PortfolioHtml(options).write(portfolio, files.writer(PortfolioHtml.FILE));
    files.commit();
    return files.paths();
  }

  /** Discards what was not put in place: a batch that failed leaves the last good files. */
  @Override
  public void close() throws IOException {
    files.close();
  }
}
