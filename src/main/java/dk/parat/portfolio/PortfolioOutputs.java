package dk.parat.portfolio;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.files.FileSet;
import dk.parat.gate.GateResult;
import dk.parat.report.CsvCells;
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
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A batch's files in its output folder. {@code items.csv} and {@code portfolio.ndjson} are
 * written plan by plan as outcomes come in, from text the scoring threads rendered;
 * {@code portfolio.csv} and {@code portfolio.md}, which need the whole portfolio, at the end
 * from its summaries. The four appear together, each whole, only when the batch has finished
 * ({@link FileSet}); an interrupted batch leaves the previous four and no temporary file.
 */
public final class PortfolioOutputs implements AutoCloseable {

  public static final String ITEMS = "items.csv";
  public static final String NDJSON = "portfolio.ndjson";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Lang lang;
  private final CsvCells cells;
  private final Portfolio portfolio;
  private final CsvReport csv;
  private final JsonReport json;
  private final FileSet files;

  private PortfolioOutputs(Lang lang, CsvCells cells, List<CompiledChecklist> checklists, FileSet files)
      throws IOException {
    this.lang = lang;
    this.cells = cells;
    this.portfolio = new Portfolio(checklists);
    this.csv = new CsvReport(lang, cells);
    this.json = new JsonReport(lang);
    this.files = files;
    new CSVPrinter(files.writer(ITEMS), CSVFormat.RFC4180.builder().setHeader(CsvReport.COLUMNS.toArray(String[]::new))
        .get()).flush();
  }

  /** @param plans the plans the batch reads, which no output may be written over */
  public static PortfolioOutputs open(Path dir, Lang lang, CsvCells cells, List<CompiledChecklist> checklists,
      Collection<Path> plans) throws IOException {
    FileSet files = FileSet.open(dir, List.of(PortfolioCsv.FILE, ITEMS, NDJSON, PortfolioMarkdown.FILE), plans);
    try {
      return new PortfolioOutputs(lang, cells, checklists, files);
    } catch (IOException | RuntimeException e) {
      files.close();
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
          JSON.writeValueAsString(json.plan(scored)), rows.toString(), result.plan().warnings());
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
      portfolio.add(s.summary());
    } else if (outcome instanceof Outcome.Failed f) {
      fail(f.failure());
    }
  }

  /** A path that could not be searched or read. */
  public void fail(Run.Unreadable failure) {
    portfolio.fail(failure);
  }

  /** Writes the portfolio's own files and puts all four in place together; returns their paths. */
  public List<Path> finish() throws IOException {
    PortfolioCsv.write(portfolio, files.writer(PortfolioCsv.FILE), cells);
    new PortfolioMarkdown(lang).write(portfolio, files.writer(PortfolioMarkdown.FILE));
    files.commit();
    return files.paths();
  }

  /** Discards what was not put in place: a batch that failed leaves the last good files. */
  @Override
  public void close() throws IOException {
    files.close();
  }
}
