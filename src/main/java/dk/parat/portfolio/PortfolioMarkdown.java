package dk.parat.portfolio;

import static dk.parat.report.Markdown.text;

import dk.parat.checklist.Band;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.Status;
import dk.parat.report.Markdown;
import dk.parat.report.Messages;
import dk.parat.report.Printable;
import dk.parat.report.SourceNotes;
import dk.parat.report.Numbers;
import dk.parat.report.Version;
import dk.parat.run.Run;
import dk.parat.run.Sources;
import dk.parat.text.Lang;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * {@code portfolio.md}: for each checklist, the distribution across bands, the ranking, the
 * items most often missing or exposed, the spread of each chapter's scores, a heat map of
 * items × plans (small portfolios) and one of chapters × bands (any size); then the plans that
 * could not be read. GitHub-flavoured Markdown.
 */
public final class PortfolioMarkdown {

  public static final String FILE = "portfolio.md";
  /** Up to this many plans the ranking is shown whole; above it, its two ends. */
  static final int FULL_RANKING = 100;
  static final int RANKING_ENDS = 25;
  /** Up to this many plans the heat map has a column per plan; wider ones cannot be read. */
  static final int HEATMAP_PLANS = 40;
  static final int FREQUENT_GAPS = 10;
  /** Shades for a share of a row: none, up to a quarter, a half, three quarters, all. */
  private static final String SHADES = "·░▒▓█";

  private final Messages m;

  public PortfolioMarkdown(Lang lang) {
    this.m = new Messages(lang);
  }

  public void write(Portfolio portfolio, Sources sources, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    List<Run.Unreadable> failures = portfolio.failures();
    sb.append("# ").append(m.get("portfolio.title")).append("\n\n");
    sb.append(m.get("portfolio.summary", Integer.toString(portfolio.plans().size()), Integer.toString(failures.size())))
        .append(' ').append(m.get("portfolio.checklists")).append(": ");
    List<CompiledChecklist> checklists = portfolio.checklists();
    for (int c = 0; c < checklists.size(); c++) {
      Lang lang = m.lang();
      sb.append(c > 0 ? ", " : "").append(text(checklists.get(c).checklist().title().in(lang))).append(" (`")
          .append(checklists.get(c).id()).append("`)");
    }
    sb.append(".\n\n");
    sources(portfolio, sources, sb);
    if (!portfolio.plans().isEmpty()) {
      for (int c = 0; c < checklists.size(); c++) {
        checklist(portfolio, portfolio.stats(c), c, sb);
      }
    }
    if (!failures.isEmpty()) {
      sb.append("## ").append(m.get("report.unreadable")).append("\n\n");
      failures.forEach(u -> sb.append("- ").append(Markdown.code(u.path())).append(": ")
          .append(text(u.reason())).append('\n'));
      sb.append('\n');
    }
    sb.append(text(m.get("report.footer", Version.get()))).append('\n');
    out.write(Printable.visible(sb.toString()));
    out.flush();
  }

  /**
   * What besides parat's own verdicts shaped the portfolio: the run's config, checklist files and
   * what was set aside, and how many plans counted answers or waivers (the tables name each).
   */
  private void sources(Portfolio portfolio, Sources sources, StringBuilder sb) {
    List<SourceNotes.Note> notes = new SourceNotes(m).ofRun(sources);
    long answered = portfolio.plans().stream().filter(p -> p.answersFile() != null).count();
    long waived = portfolio.plans().stream().filter(p -> p.waivers() > 0).count();
    if (notes.isEmpty() && answered == 0 && waived == 0) {
      return;
    }
    sb.append("## ").append(m.get("sources.title")).append("\n\n");
    notes.forEach(n -> sb.append("- ").append(SourceNotes.markdown(n)).append('\n'));
    if (answered > 0 || waived > 0) {
      sb.append("- ").append(m.get("portfolio.sources", Long.toString(answered), Long.toString(waived))).append('\n');
    }
    sb.append('\n');
  }

  private void checklist(Portfolio portfolio, ChecklistStats stats, int index, StringBuilder sb) {
    sb.append("## ").append(text(stats.checklist().checklist().title().in(m.lang()))).append("\n\n");
    bands(stats, portfolio.plans().size(), sb);
    ranking(portfolio.plans(), stats, index, sb);
    gaps(stats, portfolio.plans().size(), sb);
    spread(stats, sb);
    heatmap(portfolio.plans(), stats, index, sb);
    chapterBands(stats, sb);
  }

  private void bands(ChecklistStats stats, int plans, StringBuilder sb) {
    sb.append("### ").append(m.get("portfolio.bands")).append("\n\n");
    sb.append("| ").append(m.get("portfolio.band")).append(" | ").append(m.get("portfolio.plans")).append(" | ")
        .append(m.get("portfolio.share")).append(" | |\n|---|---:|---:|---|\n");
    for (Map.Entry<Band, Integer> e : stats.bands().entrySet()) {
      double share = 100.0 * e.getValue() / plans;
      sb.append("| ").append(text(e.getKey().label().in(m.lang()))).append(" | ")
          .append(e.getValue()).append(" | ").append(percent(share)).append(" | `")
          .append(Numbers.bar(OptionalDouble.of(share))).append("` |\n");
    }
    sb.append('\n');
  }

  private void ranking(List<PlanSummary> plans, ChecklistStats stats, int index, StringBuilder sb) {
    sb.append("### ").append(m.get("portfolio.ranking")).append("\n\n");
    List<Integer> ranking = stats.ranking();
    boolean cut = ranking.size() > FULL_RANKING;
    if (cut) {
      sb.append(m.get("portfolio.ranking.cut", Integer.toString(RANKING_ENDS), Integer.toString(ranking.size())))
          .append("\n\n");
    }
    sb.append("| # | ").append(m.get("report.plan")).append(" | ").append(m.get("portfolio.planTitle")).append(" | ")
        .append(m.get("report.context.municipality")).append(" | ").append(m.get("report.score")).append(" | ")
        .append(m.get("portfolio.band")).append(" | ").append(m.get("report.firstBarrier"))
        .append(" |\n|---:|---|---|---|---:|---|---|\n");
    for (int r = 0; r < ranking.size(); r++) {
      if (cut && r == RANKING_ENDS) {
        sb.append("| … | | | | | | |\n");
        r = ranking.size() - RANKING_ENDS;
      }
      PlanSummary plan = plans.get(ranking.get(r));
      PlanSummary.Score s = plan.scores().get(index);
      sb.append("| ").append(r + 1).append(" | ").append(Markdown.codeCell(plan.path())).append(" | ")
          .append(Markdown.cell(plan.title())).append(" | ").append(Markdown.cell(plan.municipality())).append(" | ")
          .append(Numbers.score(s.overall())).append(" | ").append(text(bandLabel(stats, s.band()))).append(" | ")
          .append(s.firstBarrier() == null ? "" : m.get("report.chapter") + " " + text(s.firstBarrier())).append(" |\n");
    }
    sb.append('\n');
  }

  private String bandLabel(ChecklistStats stats, String id) {
    return stats.checklist().checklist().bands().stream().filter(b -> b.id().equals(id)).findFirst()
        .map(b -> b.label().in(m.lang())).orElse(id);
  }

  private void gaps(ChecklistStats stats, int plans, StringBuilder sb) {
    sb.append("### ").append(m.get("portfolio.gaps")).append("\n\n");
    if (stats.frequentGaps().isEmpty()) {
      sb.append(m.get("portfolio.gaps.none")).append("\n\n");
      return;
    }
    sb.append("| ").append(m.get("portfolio.item")).append(" | ").append(m.get("report.chapter")).append(" | ")
        .append(m.status(Status.MISSING)).append(" | ").append(m.status(Status.EXPOSED)).append(" | ")
        .append(m.get("portfolio.gaps.share")).append(" |\n|---|---|---:|---:|---:|\n");
    for (ChecklistStats.ItemGaps g : stats.frequentGaps().stream().limit(FREQUENT_GAPS).toList()) {
      sb.append("| **").append(g.item().id()).append("** ").append(text(g.item().item().title().in(m.lang())))
          .append(" | ").append(text(g.item().chapter().id())).append(" | ").append(g.missing()).append(" | ")
          .append(g.exposed()).append(" | ").append(percent(100.0 * g.total() / plans)).append(" |\n");
    }
    sb.append('\n');
  }

  private void spread(ChecklistStats stats, StringBuilder sb) {
    sb.append("### ").append(m.get("portfolio.spread")).append("\n\n");
    sb.append("| ").append(m.get("report.chapter")).append(" | ").append(m.get("portfolio.plans"))
        .append(" | p10 | p25 | ").append(m.get("portfolio.median")).append(" | p75 | p90 |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (ChecklistStats.ChapterSpread c : stats.chapters()) {
      sb.append("| ").append(text(c.chapter().id())).append(". ").append(text(c.chapter().title().in(m.lang())))
          .append(" | ").append(c.plans());
      for (double v : new double[] {c.p10(), c.p25(), c.median(), c.p75(), c.p90()}) {
        sb.append(" | ").append(Double.isNaN(v) ? "–" : Numbers.score(v));
      }
      sb.append(" |\n");
    }
    sb.append('\n').append(m.get("portfolio.spread.note")).append("\n\n");
  }

  private void heatmap(List<PlanSummary> plans, ChecklistStats stats, int index, StringBuilder sb) {
    sb.append("### ").append(m.get("portfolio.heatmap")).append("\n\n");
    if (plans.size() > HEATMAP_PLANS) {
      sb.append(m.get("portfolio.heatmap.tooMany", Integer.toString(HEATMAP_PLANS), Integer.toString(plans.size())))
          .append("\n\n");
      return;
    }
    sb.append(m.get("portfolio.heatmap.note")).append(' ').append(m.get("portfolio.heatmap.legend")).append("\n\n");
    sb.append("| ").append(m.get("portfolio.item"));
    for (int r = 1; r <= plans.size(); r++) {
      sb.append(" | ").append(r);
    }
    sb.append(" |\n|---").append("|:-:".repeat(plans.size())).append("|\n");
    var items = stats.checklist().items();
    for (int i = 0; i < items.size(); i++) {
      sb.append("| ").append(items.get(i).id());
      for (int planIndex : stats.ranking()) {
        sb.append(" | ").append(cell(plans.get(planIndex).scores().get(index).status(i)));
      }
      sb.append(" |\n");
    }
    sb.append('\n');
  }

  private static String cell(Status status) {
    return switch (status) {
      case COVERED, GUARDED -> "🟩";
      case PARTIAL, UNCLEAR -> "🟨";
      case MISSING -> "🟧";
      case EXPOSED -> "🟥";
      case NOT_APPLICABLE -> "⬜";
    };
  }

  /** Chapters × bands, the heat map that stays readable at any size: counts, shaded by their share of the row. */
  private void chapterBands(ChecklistStats stats, StringBuilder sb) {
    sb.append("### ").append(m.get("portfolio.chapterBands")).append("\n\n");
    List<Band> bands = stats.checklist().checklist().bands();
    sb.append("| ").append(m.get("report.chapter"));
    bands.forEach(b -> sb.append(" | ").append(text(b.label().in(m.lang()))));
    sb.append(" | – |\n|---").append("|---:".repeat(bands.size() + 1)).append("|\n");
    var chapters = stats.checklist().checklist().chapters();
    for (int c = 0; c < chapters.size(); c++) {
      int[] row = stats.chapterBands()[c];
      int total = java.util.stream.IntStream.of(row).sum();
      sb.append("| ").append(text(chapters.get(c).id())).append(". ").append(text(chapters.get(c).title().in(m.lang())));
      for (int count : row) {
        sb.append(" | ").append(shade(count, total)).append(' ').append(count);
      }
      sb.append(" |\n");
    }
    sb.append('\n').append(m.get("portfolio.chapterBands.note")).append("\n\n");
  }

  /** A block as dark as the count's share of its row. */
  private static char shade(int count, int total) {
    return SHADES.charAt(count == 0 ? 0 : (int) Math.ceil(4.0 * count / total));
  }

  private String percent(double share) {
    return m.get("portfolio.percent", Numbers.score(share));
  }
}
