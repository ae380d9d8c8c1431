package dk.parat.report;

import static dk.parat.report.Markdown.text;

import dk.parat.report.ReportView.ChapterView;
import dk.parat.report.ReportView.ChecklistView;
import dk.parat.report.ReportView.ItemView;
import dk.parat.report.ReportView.Quote;
import dk.parat.run.Run;
import dk.parat.text.Lang;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The consultant's report as Markdown: first what a steering group reads in two minutes (the
 * band and its meaning, the chapter scores, the first barrier, the gaps by urgency with one quote
 * and the advice each), then, with {@code --detail}, every item with the quotes that decided it,
 * what was found but not counted, the questions and the consultant's answers. Every word is in
 * the report's language; the structure passes markdownlint (line length aside).
 */
public final class MarkdownReport implements PlanReportWriter {

  public static final ReportFormat FORMAT = new ReportFormat("markdown", "parat.md", false,
      o -> new MarkdownReport(o.lang(), o.showPatterns(), o.detail()), List.of("md"));

  private final Messages m;
  private final ReportViews views;
  private final boolean detail;

  /**
   * @param showPatterns whether each quote names the checklist pattern that found it, for checklist authors
   * @param detail whether every item is shown, not only the first page and the gaps
   */
  public MarkdownReport(Lang lang, boolean showPatterns, boolean detail) {
    this.m = new Messages(lang);
    this.views = new ReportViews(m, showPatterns);
    this.detail = detail;
  }

  @Override
  public ReportFormat format() {
    return FORMAT;
  }

  @Override
  public void write(Run run, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < run.plans().size(); i++) {
      if (i > 0) {
        sb.append("---\n\n");
      }
      plan(views.of(run.sources(), run.plans().get(i), detail), sb);
    }
    unreadable(run, sb);
    sb.append(text(m.get("report.footer", Version.get()))).append('\n');
    out.write(Printable.visible(sb.toString()));
    out.flush();
  }

  @Override
  public void writeIndex(Run run, List<String> files, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder("# ").append(m.get("report.index.title")).append("\n\n");
    sb.append("| ").append(m.get("report.index.plan")).append(" | ").append(m.get("report.index.verdict")).append(" | ")
        .append(m.get("report.index.report")).append(" |\n| --- | --- | --- |\n");
    for (int i = 0; i < run.plans().size(); i++) {
      ReportView plan = views.of(run.sources(), run.plans().get(i), false);
      String verdicts = plan.checklists().stream().map(c -> text(c.verdict())).collect(Collectors.joining("; "));
      sb.append("| ").append(text(plan.title())).append(" | ").append(verdicts).append(" | [").append(text(files.get(i)))
          .append("](").append(ReportFiles.link(files.get(i))).append(") |\n");
    }
    sb.append('\n');
    unreadable(run, sb);
    sb.append(text(m.get("report.footer", Version.get()))).append('\n');
    out.write(Printable.visible(sb.toString()));
    out.flush();
  }

  private void unreadable(Run run, StringBuilder sb) {
    if (!run.unreadable().isEmpty()) {
      sb.append("## ").append(m.get("report.unreadable")).append("\n\n");
      run.unreadable().forEach(u -> sb.append("- ").append(Markdown.code(u.path())).append(": ")
          .append(text(u.reason())).append('\n'));
      sb.append('\n');
    }
  }

  private void plan(ReportView plan, StringBuilder sb) {
    sb.append("# ").append(m.get("report.title")).append(": ").append(text(plan.title())).append("\n\n");
    sb.append("- **").append(m.get("report.file")).append(":** ").append(Markdown.code(plan.path())).append('\n');
    for (ReportView.Fact f : plan.facts()) {
      sb.append("- **").append(f.label()).append(":** ").append(text(f.value())).append('\n');
    }
    sb.append('\n');
    if (!plan.sources().isEmpty()) {
      sb.append("## ").append(m.get("sources.title")).append("\n\n");
      plan.sources().forEach(n -> sb.append("- ").append(SourceNotes.markdown(n)).append('\n'));
      sb.append('\n');
    }
    for (ChecklistView c : plan.checklists()) {
      checklist(c, sb);
      if (plan.detail()) {
        items(c, sb);
      }
    }
    if (!plan.detail()) {
      sb.append('*').append(text(m.get("report.short"))).append("*\n\n");
    }
  }

  private void checklist(ChecklistView c, StringBuilder sb) {
    sb.append("## ").append(text(c.title())).append("\n\n");
    sb.append(text(c.source())).append("\n\n");
    sb.append("### ").append(m.get("report.verdict")).append(": ").append(text(c.verdict())).append(text(c.headingSuffix()))
        .append("\n\n");
    sb.append("> ").append(text(c.bandMeaning())).append("\n\n");
    list(c.bandNotes(), sb);
    if (c.gate() != null) {
      sb.append("**").append(m.get("report.gate")).append(":** ").append(text(c.gate())).append("\n\n");
    }
    sb.append("**").append(m.get("report.firstBarrier")).append(":** ").append(text(c.firstBarrier())).append("\n\n");
    sb.append("### ").append(m.get("report.chapters")).append(text(c.headingSuffix())).append("\n\n");
    sb.append("| ").append(m.get("report.chapter")).append(" | ").append(m.get("report.score")).append(" | 0–100 | ")
        .append(m.get("report.count.ok")).append(" | ").append(m.get("report.count.mid")).append(" | ")
        .append(m.get("report.count.gap")).append(" | ").append(m.get("report.count.na")).append(" |\n")
        .append("| --- | ---: | --- | ---: | ---: | ---: | ---: |\n");
    for (ChapterView ch : c.chapters()) {
      sb.append("| ").append(text(ch.id())).append(". ").append(text(ch.title())).append(" | ").append(ch.scoreText())
          .append(" | `").append(ch.score() == null ? "" : Numbers.bar(java.util.OptionalDouble.of(ch.score())))
          .append("` | ").append(ch.good()).append(" | ").append(ch.middle()).append(" | ").append(ch.bad()).append(" | ")
          .append(ch.notApplicable()).append(" |\n");
    }
    sb.append('\n');
    sb.append("### ").append(m.get("report.gaps")).append(text(c.headingSuffix())).append("\n\n");
    if (c.gaps().isEmpty() && c.lesserGaps().isEmpty()) {
      sb.append(m.get("report.gaps.none")).append("\n\n");
    }
    int n = 1;
    for (ItemView gap : c.gaps()) {
      sb.append("#### ").append(n++).append(". ").append(text(gap.title())).append(" (").append(gap.id()).append(")\n\n");
      sb.append(text(gap.gapMeta())).append("\n\n");
      if (gap.best() != null) {
        sb.append("> ").append(quote(gap.best())).append("\n\n");
      }
      paragraph(gap.answer(), sb);
      paragraph(gap.waiver(), sb);
      sb.append("**").append(m.get("report.advice")).append(":** ").append(text(gap.advice())).append("\n\n");
    }
    if (!c.lesserGaps().isEmpty()) {
      sb.append("#### ").append(m.get("report.gaps.lesser")).append(text(c.headingSuffix())).append("\n\n");
      sb.append("| ").append(m.get("portfolio.item")).append(" | ").append(m.get("report.status")).append(" | ")
          .append(m.get("report.chapter")).append(" |\n| --- | --- | ---: |\n");
      for (ItemView gap : c.lesserGaps()) {
        sb.append("| ").append(text(gap.title())).append(" (").append(gap.id()).append(") | ")
            .append(text(gap.statusLabel())).append(gap.critical() ? ", " + m.get("report.critical") : "").append(" | ")
            .append(text(gap.chapter())).append(" |\n");
      }
      sb.append('\n');
    }
  }

  private void items(ChecklistView c, StringBuilder sb) {
    sb.append("### ").append(m.get("report.items")).append(text(c.headingSuffix())).append("\n\n");
    for (ChapterView ch : c.chapters()) {
      sb.append("#### ").append(text(ch.heading())).append(text(c.headingSuffix())).append("\n\n");
      ch.items().forEach(item -> item(item, sb));
    }
  }

  private void item(ItemView item, StringBuilder sb) {
    sb.append("##### ").append(item.id()).append(' ').append(text(item.title())).append("\n\n");
    sb.append(text(item.meta())).append("\n\n");
    sb.append(text(item.description())).append("\n\n");
    if (item.answer() != null) {
      sb.append("> ").append(text(item.answer())).append("\n\n");
    }
    if (item.notApplicable() != null) {
      sb.append(m.get("report.notApplicable")).append(": ").append(text(item.notApplicable())).append("\n\n");
    }
    if (item.waiver() != null) {
      sb.append("> ").append(text(item.waiver())).append("\n\n");
    }
    if (!item.statusId().equals("not-applicable") || !item.evidence().isEmpty()) {
      sb.append("**").append(item.evidenceHeading()).append(":**\n\n");
      if (item.evidence().isEmpty()) {
        sb.append("- ").append(m.get("report.evidence.none")).append('\n');
      }
      item.evidence().forEach(q -> sb.append("- ").append(quote(q)).append('\n'));
      sb.append('\n');
    }
    if (!item.notCounted().isEmpty()) {
      sb.append("**").append(item.notCountedHeading()).append(":**\n\n");
      item.notCounted().forEach(q -> sb.append("- ").append(quote(q)).append('\n'));
      sb.append('\n');
    }
    if (item.gap()) {
      sb.append("**").append(m.get("report.questions")).append(":**\n\n");
      list(item.questions(), sb);
      sb.append("**").append(m.get("report.advice")).append(":** ").append(text(item.advice())).append("\n\n");
    }
  }

  private static String quote(Quote q) {
    return "“" + text(q.text()) + "” (" + text(q.where()) + ")"
        + (q.pattern() == null ? "" : " ← " + Markdown.code(q.pattern()));
  }

  private static void paragraph(String s, StringBuilder sb) {
    if (s != null) {
      sb.append(text(s)).append("\n\n");
    }
  }

  private static void list(List<String> lines, StringBuilder sb) {
    lines.forEach(l -> sb.append("- ").append(text(l)).append('\n'));
    if (!lines.isEmpty()) {
      sb.append('\n');
    }
  }
}
