package dk.parat.report;

import static dk.parat.report.Markdown.text;

import dk.parat.answers.AppliedAnswer;
import dk.parat.checklist.Checklist;
import dk.parat.checklist.Item;
import dk.parat.checklist.Publication;
import dk.parat.checklist.Status;
import dk.parat.gate.GateResult;
import dk.parat.plan.PlanContext;
import dk.parat.run.Run;
import dk.parat.scoring.ChapterScore;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.Evidence;
import dk.parat.scoring.FiredOverride;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.PlanResult;
import dk.parat.text.Lang;
import dk.parat.waiver.Waiver;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The gap report a consultant puts in front of a project team: verdict and band with its
 * meaning, the first barrier, chapter scores, the gaps by urgency with advice, and every item
 * with its evidence and questions. Renders as GitHub-flavoured Markdown.
 */
public final class MarkdownReport implements ReportWriter {

  public static final ReportFormat FORMAT = new ReportFormat("markdown", "parat.md", false,
      o -> new MarkdownReport(o.lang(), o.showPatterns()), List.of("md"));

  private final Messages m;
  private final Locations locations;
  private final boolean showPatterns;

  /** @param showPatterns whether each quote names the checklist pattern that found it, for checklist authors */
  public MarkdownReport(Lang lang, boolean showPatterns) {
    this.m = new Messages(lang);
    this.locations = new Locations(m);
    this.showPatterns = showPatterns;
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
        sb.append("\n---\n\n");
      }
      plan(run.plans().get(i), sb);
    }
    if (!run.unreadable().isEmpty()) {
      sb.append("## ").append(m.get("report.unreadable")).append("\n\n");
      run.unreadable().forEach(u -> sb.append("- ").append(Markdown.code(u.path())).append(": ")
          .append(text(u.message())).append('\n'));
    }
    sb.append('\n').append("<sub>").append(text(m.get("report.footer", Version.get()))).append("</sub>\n");
    out.write(Printable.visible(sb.toString()));
    out.flush();
  }

  private void plan(Run.Scored scored, StringBuilder sb) {
    PlanResult result = scored.result();
    PlanContext c = result.plan().context();
    sb.append("# ").append(m.get("report.title")).append(": ").append(text(result.plan().displayTitle())).append("\n\n");
    sb.append("| | |\n|---|---|\n");
    row(sb, m.get("report.plan"), Markdown.codeCell(result.plan().path()));
    row(sb, m.get("report.context.municipality"), declared(c.municipality()));
    row(sb, m.get("report.context.technology"), declared(c.technology()));
    row(sb, m.get("report.context.phase"), declared(c.phase()));
    row(sb, m.get("report.context.maturity"), declared(c.maturity()));
    row(sb, m.get("report.context.scale"), declared(c.scale()));
    row(sb, m.get("report.context.audience"), declared(c.audience()));
    sb.append('\n');
    for (ChecklistScore score : result.scores()) {
      checklist(scored, score, scored.gate(score.checklist().id()).orElse(null), sb);
    }
  }

  private void checklist(Run.Scored scored, ChecklistScore s, GateResult gate, StringBuilder sb) {
    Checklist checklist = s.checklist().checklist();
    Lang lang = m.lang();
    sb.append("## ").append(text(checklist.title().in(lang))).append("\n\n");
    sb.append(m.get("report.checklist")).append(": `").append(checklist.id()).append("` v").append(text(checklist.version()))
        .append(citation(checklist.publication())).append("\n\n");
    sb.append("### ").append(m.get("report.verdict")).append(": ").append(text(s.band().label().in(lang)))
        .append(" (`").append(s.band().id()).append("`) — ").append(Numbers.score(s.overall())).append("/100\n\n");
    sb.append("> ").append(text(s.band().meaning().in(lang))).append("\n\n");
    for (FiredOverride o : s.overrides()) {
      String intro = o.lowered() ? m.get("report.band.capped", "**" + text(s.scoreBand().label().in(lang)) + "**")
          : m.get("report.band.fired");
      sb.append("- ").append(intro).append(" `").append(o.rule().id()).append("`: ")
          .append(text(o.rule().reason().in(lang))).append(" (").append(String.join(", ", o.items())).append(")\n");
    }
    if (!s.overrides().isEmpty()) {
      sb.append('\n');
    }
    if (gate != null) {
      sb.append("**").append(m.get("report.gate")).append(":** ")
          .append(m.get(gate.passed() ? "report.gate.passed" : "report.gate.failed"));
      if (!gate.failures().isEmpty()) {
        sb.append(" — ").append(text(String.join("; ", gate.failures())));
      }
      if (gate.waived() > 0) {
        sb.append(" (").append(m.get("report.gate.waived", gate.waived())).append(')');
      }
      sb.append("\n\n");
    }
    sb.append("**").append(m.get("report.firstBarrier")).append(":** ");
    sb.append(s.firstBarrier().map(b -> m.get("report.firstBarrier.text", b.chapter().id(),
        text(b.chapter().title().in(lang)), Numbers.score(b.score()), Numbers.decimal(b.chapter().minScore())))
        .orElse(m.get("report.firstBarrier.none"))).append("\n\n");
    chapters(s, sb);
    gaps(scored, s, sb);
    items(scored, s, sb);
  }

  private void chapters(ChecklistScore s, StringBuilder sb) {
    sb.append("### ").append(m.get("report.chapters")).append("\n\n");
    sb.append("| ").append(m.get("report.chapter")).append(" | ").append(m.get("report.score"))
        .append(" | | ✔ | ◐ | ✘ | – |\n|---|---:|---|---:|---:|---:|---:|\n");
    for (ChapterScore c : s.chapters()) {
      sb.append("| ").append(text(c.chapter().id())).append(". ").append(text(c.chapter().title().in(m.lang())))
          .append(" | ").append(Numbers.score(c.score())).append(" | `").append(Numbers.bar(c.score())).append("` | ")
          .append(c.count(Status.COVERED) + c.count(Status.GUARDED)).append(" | ")
          .append(c.count(Status.PARTIAL) + c.count(Status.UNCLEAR)).append(" | ")
          .append(c.count(Status.MISSING) + c.count(Status.EXPOSED)).append(" | ")
          .append(c.count(Status.NOT_APPLICABLE)).append(" |\n");
    }
    sb.append("\n✔ ◐ ✘ –: ").append(m.get("report.counts")).append("\n\n");
  }

  private void gaps(Run.Scored scored, ChecklistScore s, StringBuilder sb) {
    sb.append("### ").append(m.get("report.gaps")).append("\n\n");
    List<ItemResult> gaps = s.gapsByUrgency();
    if (gaps.isEmpty()) {
      sb.append(m.get("report.gaps.none")).append("\n\n");
      return;
    }
    int n = 1;
    for (ItemResult r : gaps) {
      Item item = r.item().item();
      AppliedAnswer answer = scored.answer(r);
      sb.append(n++).append(". ").append(headline(r, answer)).append(" — ").append(m.get("report.chapter")).append(' ')
          .append(text(r.item().chapter().id())).append(", ").append(m.get("report.page")).append(' ')
          .append(item.page()).append('\n');
      if (r.status() == Status.EXPOSED && !r.evidence().isEmpty()) {
        Evidence e = r.evidence().get(0);
        sb.append("   - ").append(m.get("report.redFlags")).append(": ").append(location(e)).append(": “")
            .append(text(e.quote())).append("”\n");
      }
      if (answer != null) {
        sb.append("   - ").append(AnswerText.describe(answer, m, Markdown::text)).append('\n');
      }
      if (r.waiver() != null) {
        sb.append("   - ").append(waiver(r)).append('\n');
      }
      sb.append("   - ").append(m.get("report.advice")).append(": ").append(text(item.advice().in(m.lang()))).append('\n');
    }
    sb.append('\n');
  }

  private void items(Run.Scored scored, ChecklistScore s, StringBuilder sb) {
    sb.append("### ").append(m.get("report.items")).append("\n\n");
    for (ChapterScore c : s.chapters()) {
      sb.append("#### ").append(m.get("report.chapter")).append(' ').append(text(c.chapter().id())).append(" — ")
          .append(text(c.chapter().title().in(m.lang()))).append(" · ").append(Numbers.score(c.score())).append("/100\n\n");
      for (ItemResult r : c.items()) {
        item(r, scored.answer(r), sb);
      }
    }
  }

  /** @param answer the consultant's answer on the item, or null */
  private void item(ItemResult r, AppliedAnswer answer, StringBuilder sb) {
    Item item = r.item().item();
    Lang lang = m.lang();
    sb.append("##### ").append(headline(r, answer)).append("\n\n");
    sb.append('*').append(m.kind(item.kind())).append(" · ").append(m.get("report.page")).append(' ').append(item.page())
        .append(" · ").append(m.get("report.weight")).append(' ').append(Numbers.decimal(r.weight()))
        .append(item.isCritical() ? " · " + m.get("report.critical") : "").append("*\n\n");
    sb.append(text(item.description().in(lang))).append("\n\n");
    if (answer != null) {
      sb.append("> ").append(AnswerText.describe(answer, m, Markdown::text)).append("\n\n");
    }
    if (r.notApplicableReason() != null) {
      sb.append(m.get("report.notApplicable")).append(": ").append(text(r.notApplicableReason().in(lang))).append("\n\n");
    }
    // Evidence parat found stays in view when the consultant set the item aside: the team may look again.
    if (r.status() == Status.NOT_APPLICABLE && (answer == null || r.evidence().isEmpty())) {
      return;
    }
    if (r.waiver() != null) {
      sb.append("> ").append(waiver(r)).append("\n\n");
    }
    String heading = r.status() == Status.EXPOSED ? m.get("report.redFlags") : m.get("report.evidence");
    sb.append("**").append(heading).append(":**\n");
    if (r.evidence().isEmpty()) {
      sb.append("- ").append(m.get("report.evidence.none")).append('\n');
    }
    r.evidence().forEach(e -> evidence(e, sb));
    if (!r.notCounted().isEmpty()) {
      String label = r.status() == Status.EXPOSED ? m.get("report.weakGuards") : m.get("report.notCounted");
      sb.append("\n**").append(label).append(":**\n");
      r.notCounted().forEach(e -> evidence(e, sb));
    }
    if (r.status().isGap()) {
      sb.append("\n**").append(m.get("report.questions")).append(":**\n");
      item.questions().in(lang).forEach(q -> sb.append("- ").append(text(q)).append('\n'));
      sb.append("\n**").append(m.get("report.advice")).append(":** ").append(text(item.advice().in(lang))).append('\n');
    }
    sb.append('\n');
  }

  private String waiver(ItemResult r) {
    Waiver w = r.waiver();
    StringBuilder sb = new StringBuilder(r.waiverActive() ? "**" + m.get("report.waiver") + "**"
        : "**" + m.get("report.waiver.expired", w.until()) + "**");
    sb.append(": ").append(text(w.reason()));
    if (w.owner() != null) {
      sb.append(" · ").append(m.get("report.waiver.by")).append(' ').append(text(w.owner()));
    }
    if (w.until() != null) {
      sb.append(" · ").append(m.get("report.waiver.until")).append(' ').append(w.until());
    }
    if (w.ticket() != null) {
      sb.append(" · ").append(m.get("report.waiver.ticket")).append(' ').append(text(w.ticket()));
    }
    return sb.toString();
  }

  private String headline(ItemResult r, AppliedAnswer answer) {
    Item item = r.item().item();
    return "**" + item.id() + "** " + text(item.title().in(m.lang())) + " — `" + r.status().id() + "` ("
        + m.status(r.status()) + ")" + (item.isCritical() && r.status() == Status.EXPOSED ? " · **" + m.get("report.critical") + "**" : "")
        + (r.waived() ? " · *" + m.get("report.waiver").toLowerCase(java.util.Locale.ROOT) + "*" : "")
        + (answer != null && answer.answer().status() != null ? " · *" + m.get("report.answer.tag") + "*" : "");
  }

  private void evidence(Evidence e, StringBuilder sb) {
    sb.append("- ").append(location(e)).append(": “").append(text(e.quote())).append('”');
    if (!e.signals().isEmpty()) {
      sb.append(" *(").append(m.get("report.signals")).append(": ")
          .append(e.signals().stream().map(k -> m.get("signal." + k)).collect(Collectors.joining(", "))).append(")*");
    }
    if (showPatterns) {
      sb.append(" ← ").append(Markdown.code(e.pattern()));
    }
    sb.append('\n');
  }

  private String location(Evidence e) {
    String where = locations.label(e.location());
    return e.headingPath().isEmpty() ? where : where + " (" + text(e.section()) + ")";
  }

  private String declared(String value) {
    return value == null ? "*" + m.get("report.context.undeclared") + "*" : text(value);
  }

  private static void row(StringBuilder sb, String key, String value) {
    sb.append("| ").append(key).append(" | ").append(value).append(" |\n");
  }

  private static String citation(Publication p) {
    if (p == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(" · *").append(text(p.title())).append('*');
    if (p.publisher() != null) {
      sb.append(", ").append(text(p.publisher()));
    }
    if (p.year() != null) {
      sb.append(' ').append(p.year());
    }
    return sb.toString();
  }
}
