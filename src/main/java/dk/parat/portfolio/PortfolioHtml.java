package dk.parat.portfolio;

import dk.parat.checklist.Band;
import dk.parat.checklist.Chapter;
import dk.parat.portfolio.DashboardView.Bar;
import dk.parat.portfolio.DashboardView.Cell;
import dk.parat.portfolio.DashboardView.Gap;
import dk.parat.portfolio.DashboardView.Part;
import dk.parat.portfolio.DashboardView.Row;
import dk.parat.report.Html;
import dk.parat.report.Messages;
import dk.parat.report.Numbers;
import dk.parat.report.ReportFiles;
import dk.parat.report.Version;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code portfolio.html}: the portfolio on one self-contained page for a director: the band
 * distribution, the plans × chapters heat map linking to each plan's report, the plans grouped
 * by folder and by a front-matter field, the most common gaps, and the plans that could not be read.
 */
public final class PortfolioHtml {

  public static final String FILE = "portfolio.html";
  /** Beyond this many plans the plans × chapters heat map shows the best and is cut; the groups show them all. */
  static final int HEAT_MAP_PLANS = 300;
  private static final int FREQUENT_GAPS = 10;
  private static final String[] TONES = {"b0", "b1", "b2", "b3", "b4"};

  private final Messages m;
  private final String groupBy;

  public PortfolioHtml(PortfolioOptions options) {
    this.m = new Messages(options.lang());
    this.groupBy = options.groupBy();
  }

  public void write(Portfolio portfolio, Writer out) throws IOException {
    Html.render("dashboard", Map.of("m", m, "view", view(portfolio), "footer", m.get("report.footer", Version.get())), out);
  }

  DashboardView view(Portfolio portfolio) {
    List<Part> parts = new ArrayList<>();
    if (!portfolio.plans().isEmpty()) {
      for (int c = 0; c < portfolio.checklists().size(); c++) {
        parts.add(part(portfolio, portfolio.stats(c), c));
      }
    }
    return new DashboardView(m.get("portfolio.dashboard"), m.get("portfolio.summary",
        Integer.toString(portfolio.plans().size()), Integer.toString(portfolio.failures().size())), parts,
        portfolio.failures().stream().map(f -> new DashboardView.Failure(f.path(), f.reason())).toList());
  }

  private Part part(Portfolio portfolio, ChecklistStats stats, int index) {
    List<PlanSummary> plans = portfolio.plans();
    List<Band> bands = stats.checklist().checklist().bands();
    List<Bar> bars = new ArrayList<>();
    long most = stats.bands().values().stream().mapToLong(Integer::longValue).max().orElse(1);
    for (Map.Entry<Band, Integer> e : stats.bands().entrySet()) {
      bars.add(new Bar(e.getKey().label().in(m.lang()), e.getValue(), percent(100.0 * e.getValue() / plans.size()),
          most == 0 ? 0 : (double) e.getValue() / most, tone(bands, bands.indexOf(e.getKey()))));
    }
    List<Chapter> chapters = stats.checklist().checklist().chapters();
    List<Row> rows = new ArrayList<>();
    for (int r : stats.ranking().subList(0, Math.min(HEAT_MAP_PLANS, plans.size()))) {
      PlanSummary plan = plans.get(r);
      PlanSummary.Score s = plan.scores().get(index);
      rows.add(new Row(plan.title(), plan.path(), ReportFiles.link(plan.report()), 1, cell(bands, s.overall()),
          bandLabel(bands, s.band()), Arrays.stream(s.chapters()).mapToObj(v -> cell(bands, v)).toList()));
    }
    String note = plans.size() > HEAT_MAP_PLANS ? m.get("portfolio.heat.cut", Integer.toString(HEAT_MAP_PLANS),
        Integer.toString(plans.size())) : null;
    List<DashboardView.Grouping> groupings = new ArrayList<>();
    groupings.add(grouping(m.get("portfolio.byFolder"), m.get("portfolio.folder"), plans, index, bands,
        PlanSummary::folder));
    if (groupBy != null) {
      groupings.add(grouping(m.get("portfolio.byField", groupBy), groupBy, plans, index, bands,
          p -> p.group() == null ? m.get("portfolio.undeclared") : p.group()));
    }
    List<Gap> gaps = stats.frequentGaps().stream().limit(FREQUENT_GAPS).map(g -> new Gap(g.item().id(),
        g.item().item().title().in(m.lang()), g.item().chapter().id(), g.missing(), g.exposed(),
        percent(100.0 * g.total() / plans.size()), (double) g.total() / plans.size())).toList();
    return new Part(stats.checklist().id(), stats.checklist().checklist().title().in(m.lang()), bars,
        chapters.stream().map(c -> m.get("report.chapter") + " " + c.id()).toList(), rows, note, groupings, gaps);
  }

  private DashboardView.Grouping grouping(String heading, String column, List<PlanSummary> plans, int index,
      List<Band> bands, Function<PlanSummary, String> key) {
    Map<String, List<PlanSummary.Score>> groups = new TreeMap<>();
    plans.forEach(p -> groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p.scores().get(index)));
    List<Row> rows = new ArrayList<>();
    groups.forEach((name, scores) -> {
      double median = median(scores.stream().mapToDouble(PlanSummary.Score::overall).toArray());
      int chapters = scores.get(0).chapters().length;
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < chapters; c++) {
        int chapter = c;
        cells.add(cell(bands, median(scores.stream().mapToDouble(s -> s.chapters()[chapter]).filter(v -> !Double.isNaN(v))
            .toArray())));
      }
      rows.add(new Row(name, m.get("portfolio.plansCount", scores.size()), null, scores.size(), cell(bands, median),
          bandLabel(bands, band(bands, median).id()), cells));
    });
    return new DashboardView.Grouping(heading, column, rows);
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return Percentiles.quantile(sorted, 0.5);
  }

  private Cell cell(List<Band> bands, double score) {
    return Double.isNaN(score) ? new Cell("–", "none")
        : new Cell(Numbers.score(score), tone(bands, bands.indexOf(band(bands, score))));
  }

  /** The first band whose threshold the score reaches, as for an overall score. */
  private static Band band(List<Band> bands, double score) {
    return bands.stream().filter(b -> score >= b.min()).findFirst().orElse(bands.get(bands.size() - 1));
  }

  /** A band's colour by its place on the scale, spread over five shades whatever the number of bands. */
  private static String tone(List<Band> bands, int index) {
    return bands.size() < 2 ? TONES[0] : TONES[Math.round((float) index * (TONES.length - 1) / (bands.size() - 1))];
  }

  private String bandLabel(List<Band> bands, String id) {
    return bands.stream().filter(b -> b.id().equals(id)).findFirst().map(b -> b.label().in(m.lang())).orElse(id);
  }

  private String percent(double share) {
    return m.get("portfolio.percent", Numbers.score(share));
  }

}
