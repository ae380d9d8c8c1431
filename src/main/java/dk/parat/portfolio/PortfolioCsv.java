package dk.parat.portfolio;

import dk.parat.checklist.Chapter;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.report.CsvCells;
import dk.parat.run.Run;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code portfolio.csv}: one row per scored plan, in path order, with one set of columns per
 * checklist, each named {@code CHECKLIST.column}, so that a spreadsheet sorts and filters a
 * whole portfolio on one sheet, and a last column {@code error} for the plans that could not be
 * read, which follow the scored plans with their path and why. UTF-8; scores with two decimals;
 * RFC 4180 or the Danish Excel dialect.
 */
public final class PortfolioCsv {

  public static final String FILE = "portfolio.csv";

  private PortfolioCsv() {}

  public static List<String> columns(List<CompiledChecklist> checklists) {
    List<String> columns = new ArrayList<>(List.of("path", "title", "municipality", "technology", "phase",
        "answers_file", "waivers"));
    for (CompiledChecklist c : checklists) {
      String p = c.id() + ".";
      columns.add(p + "score");
      columns.add(p + "band");
      c.checklist().chapters().forEach(ch -> columns.add(p + "chapter_" + ch.id()));
      columns.addAll(List.of(p + "exposed", p + "missing", p + "partial", p + "first_barrier", p + "top_gaps",
          p + "percentile", p + "gate"));
    }
    columns.add("error");
    return columns;
  }

  public static void write(Portfolio portfolio, Writer out, CsvCells cells, CsvDialect dialect) throws IOException {
    List<CompiledChecklist> checklists = portfolio.checklists();
    List<String> columns = columns(checklists);
    dialect.begin(out);
    CSVPrinter printer = new CSVPrinter(out, dialect.format().builder().setHeader(columns.toArray(String[]::new)).get());
    List<ChecklistStats> stats = new ArrayList<>();
    for (int c = 0; c < checklists.size(); c++) {
      stats.add(portfolio.stats(c));
    }
    List<PlanSummary> plans = portfolio.plans();
    for (int i = 0; i < plans.size(); i++) {
      PlanSummary plan = plans.get(i);
      List<String> row = new ArrayList<>(List.of(plan.path(), plan.title(), orEmpty(plan.municipality()),
          orEmpty(plan.technology()), orEmpty(plan.phase()), orEmpty(plan.answersFile()), Integer.toString(plan.waivers())));
      for (int c = 0; c < checklists.size(); c++) {
        PlanSummary.Score s = plan.scores().get(c);
        row.add(decimals(s.overall(), 2));
        row.add(s.band());
        List<Chapter> chapters = checklists.get(c).checklist().chapters();
        for (int ch = 0; ch < chapters.size(); ch++) {
          row.add(Double.isNaN(s.chapters()[ch]) ? "" : decimals(s.chapters()[ch], 2));
        }
        row.add(Integer.toString(s.exposed()));
        row.add(Integer.toString(s.missing()));
        row.add(Integer.toString(s.partial()));
        row.add(orEmpty(s.firstBarrier()));
        row.add(String.join(" ", s.topGaps()));
        row.add(decimals(stats.get(c).percentileRanks()[i], 1));
        row.add(s.gatePassed() == null ? "" : s.gatePassed() ? "passed" : "failed");
      }
      row.add("");
      printer.printRecord(dialect.row(row).stream().map(cells::cell).toList());
    }
    for (Run.Unreadable failure : portfolio.failures()) {
      List<String> row = new ArrayList<>(Collections.nCopies(columns.size(), ""));
      row.set(0, failure.path());
      row.set(columns.size() - 1, failure.reason());
      printer.printRecord(row.stream().map(cells::cell).toList());
    }
    printer.flush();
  }

  private static String decimals(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
