package dk.parat.report;

import dk.parat.run.Run;
import dk.parat.text.Lang;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The consultant's report as one self-contained HTML page per plan: inline CSS, SVG charts
 * (chapter bars, the item grid by chapter and status), nothing fetched from anywhere; readable
 * on a phone and printed on A4 with the per-item detail starting on a page of its own. It says
 * what the Markdown report says, from the same {@link ReportView}.
 */
public final class HtmlReport implements PlanReportWriter {

  public static final ReportFormat FORMAT = new ReportFormat("html", "parat.html", false,
      o -> new HtmlReport(o.lang(), o.showPatterns(), o.detail()), List.of());

  private final Messages m;
  private final ReportViews views;
  private final boolean detail;

  public HtmlReport(Lang lang, boolean showPatterns, boolean detail) {
    this.m = new Messages(lang);
    this.views = new ReportViews(m, showPatterns);
    this.detail = detail;
  }

  @Override
  public ReportFormat format() {
    return FORMAT;
  }

  /** The page of the run's one plan; a run without one gets the list of the plans that could not be read. */
  @Override
  public void write(Run run, Writer out) throws IOException {
    if (run.plans().size() == 1) {
      ReportView plan = views.of(run.sources(), run.plans().get(0), detail);
      Html.render("report", Map.of("m", m, "plan", plan, "footer", footer()), out);
    } else {
      writeIndex(run, List.of(), out);
    }
  }

  @Override
  public void writeIndex(Run run, List<String> files, Writer out) throws IOException {
    List<IndexEntry> entries = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      ReportView plan = views.of(run.sources(), run.plans().get(i), false);
      entries.add(new IndexEntry(plan.title(), plan.path(), ReportFiles.link(files.get(i)),
          plan.checklists().stream().map(ReportView.ChecklistView::verdict).toList()));
    }
    Html.render("index", Map.of("m", m, "entries", entries, "unreadable", run.unreadable(), "footer", footer()), out);
  }

  private String footer() {
    return m.get("report.footer", Version.get());
  }

  /** A plan's line in the index: its title, file, report and verdict per checklist. */
  public record IndexEntry(String title, String path, String link, List<String> verdicts) {
    public IndexEntry {
      verdicts = List.copyOf(verdicts);
    }
  }
}
