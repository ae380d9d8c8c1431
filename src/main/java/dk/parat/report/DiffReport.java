package dk.parat.report;

import static dk.parat.report.Markdown.text;

import dk.parat.answers.Answer;
import dk.parat.diff.PlanDiff;
import dk.parat.diff.SourceChanges;
import dk.parat.text.Lang;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** {@code parat diff}: score changes per chapter, new and closed gaps, as Markdown or JSON. */
public final class DiffReport {

  private final Messages m;
  private final boolean newPlansFail;

  /** @param newPlansFail whether a plan new since the base counts as a regression ({@code --new-plans fail}) */
  public DiffReport(Lang lang, boolean newPlansFail) {
    this.m = new Messages(lang);
    this.newPlansFail = newPlansFail;
  }

  public void markdown(List<PlanDiff> diffs, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (PlanDiff d : diffs) {
      sb.append("# ").append(m.get("diff.title")).append(": ").append(Markdown.code(d.path())).append(' ')
          .append(m.get("diff.since")).append(' ').append(Markdown.code(d.base())).append("\n\n");
      if (d.newAtBase()) {
        sb.append(m.get("diff.newAtBase")).append("\n\n");
      }
      sources(d, sb);
      for (PlanDiff.ChecklistDiff c : d.checklists()) {
        sb.append("## ").append(c.checklist()).append(": ");
        if (c.before().isPresent()) {
          sb.append(Numbers.score(c.before())).append(" → ").append(Numbers.score(c.after())).append(" (")
              .append(signed(c.after() - c.before().getAsDouble())).append(")");
        } else {
          sb.append(Numbers.score(c.after())).append("/100 (").append(m.get("diff.newPlan")).append(")");
        }
        sb.append(regressed(d, c) ? " — **" + m.get("diff.regressed") + "**" : "").append("\n\n");
        sb.append("| ").append(m.get("report.chapter")).append(" | ").append(m.get("diff.before")).append(" | ")
            .append(m.get("diff.after")).append(" | Δ |\n|---|---:|---:|---:|\n");
        for (PlanDiff.ChapterDelta ch : c.chapters()) {
          sb.append("| ").append(text(ch.chapter())).append(" | ").append(Numbers.score(ch.before())).append(" | ")
              .append(Numbers.score(ch.after())).append(" | ")
              .append(ch.before().isPresent() && ch.after().isPresent()
                  ? signed(ch.after().getAsDouble() - ch.before().getAsDouble()) : "–")
              .append(ch.dropped() ? " ▼" : "").append(" |\n");
        }
        sb.append('\n');
        gaps(sb, m.get("diff.opened"), c.opened());
        gaps(sb, m.get("diff.closed"), c.closed());
        if (!c.changed().isEmpty()) {
          sb.append("**").append(m.get("diff.changed")).append(":**\n");
          c.changed().forEach(x -> sb.append("- ").append(x.item()).append(": `").append(x.before().id())
              .append("` → `").append(x.after().id()).append('`')
              .append(x.better() ? " (" + m.get("diff.better") + ")" : x.worse() ? " (" + m.get("diff.worse") + ")" : "")
              .append('\n'));
          sb.append('\n');
        }
      }
    }
    out.write(Printable.visible(sb.toString()));
    out.flush();
  }

  /**
   * The answers file, waivers and config changed since the base: they change no score shown here
   * (parat's own verdicts), but they change what {@code parat check} reports and gates.
   */
  private void sources(PlanDiff d, StringBuilder sb) {
    SourceChanges s = d.sources();
    if (s.isEmpty()) {
      return;
    }
    sb.append("**").append(m.get("diff.sources", d.base())).append(":**\n");
    if (s.answers() != null) {
      sb.append("- ").append(Markdown.code(s.answers().file())).append(' ')
          .append(m.get("diff.change." + s.answers().change().id()));
      if (!s.answers().answers().isEmpty()) {
        sb.append(": ").append(s.answers().answers().stream().map(this::answer).collect(Collectors.joining("; ")));
      }
      sb.append('\n');
    }
    for (SourceChanges.WaiverChange w : s.waivers()) {
      sb.append("- ").append(Markdown.code(w.waiver().declaredIn() + ":" + w.waiver().line())).append(' ')
          .append(m.get("diff.sources.waiver", w.waiver().item(), m.get("diff.change." + w.change().id()))).append(": ")
          .append(text(w.waiver().reason())).append('\n');
    }
    if (s.config() != null) {
      sb.append("- ").append(Markdown.code(s.config().file())).append(' ')
          .append(m.get("diff.change." + s.config().change().id())).append(": ").append(text(String.join(", ", s.config().keys()))).append('\n');
    }
    sb.append('\n').append(m.get("diff.sources.note")).append("\n\n");
  }

  private String answer(SourceChanges.AnswerChange a) {
    Answer x = a.answer();
    String status = x.status() == null ? m.get("report.answer.note").toLowerCase(java.util.Locale.ROOT)
        : "`" + x.status().id() + "`";
    return x.item() + " " + status + " (" + text(x.by()) + ", " + x.timestamp() + ", "
        + m.get("diff.change." + a.change().id()) + ")";
  }

  private void gaps(StringBuilder sb, String heading, List<PlanDiff.Gap> gaps) {
    sb.append("**").append(heading).append(":** ");
    if (gaps.isEmpty()) {
      sb.append(m.get("diff.none")).append("\n\n");
      return;
    }
    sb.append('\n');
    gaps.forEach(g -> sb.append("- ").append(g.item()).append(" `").append(g.status().id()).append('`')
        .append(g.section().isEmpty() ? "" : " (" + text(g.section()) + ")").append('\n'));
    sb.append('\n');
  }

  public void json(List<PlanDiff> diffs, Writer out) throws IOException {
    Json.write(new Diffs(diffs.stream().map(this::plan).toList()), out);
  }

  /** A new plan is judged as a whole ({@code --new-plans}); a plan that existed by what changed in it. */
  private boolean regressed(PlanDiff d, PlanDiff.ChecklistDiff c) {
    return d.newAtBase() ? newPlansFail : c.regressed();
  }

  /** The JSON of {@code parat diff --format json}; Jackson writes the components in this order. */
  private record Diffs(List<PlanJson> diffs) {}

  private record PlanJson(String path, String base, boolean newAtBase, boolean regressed, SourcesJson sources,
      List<ChecklistJson> checklists) {}

  /** What changed besides the plan: the answers file, its waivers, the config. */
  private record SourcesJson(AnswersJson answers, List<WaiverJson> waivers, ConfigJson config) {}

  private record AnswersJson(String file, String change, List<AnswerJson> answers) {}

  private record AnswerJson(String item, String change, String status, String by, String at) {}

  private record WaiverJson(String item, String file, int line, String change) {}

  private record ConfigJson(String file, String change, List<String> keys) {}

  /** @param before null for a plan new since the base */
  private record ChecklistJson(String id, Double before, double after, List<ChapterJson> chapters, List<GapJson> opened,
      List<GapJson> closed, List<ChangeJson> changed, boolean regressed) {}

  private record ChapterJson(String id, Double before, Double after, boolean dropped) {}

  private record GapJson(String item, String status, String section) {}

  /** @param direction "better" or "worse" on the ordinal scale, or "aside" to or from not-applicable */
  private record ChangeJson(String item, String before, String after, String direction) {}

  private PlanJson plan(PlanDiff d) {
    return new PlanJson(d.path(), d.base(), d.newAtBase(), d.regressed(newPlansFail), sources(d.sources()),
        d.checklists().stream().map(c ->
        new ChecklistJson(c.checklist(), twoDecimals(c.before()), Numbers.twoDecimals(c.after()),
            c.chapters().stream().map(ch -> new ChapterJson(ch.chapter(), twoDecimals(ch.before()), twoDecimals(ch.after()),
                ch.dropped())).toList(),
            c.opened().stream().map(DiffReport::gap).toList(), c.closed().stream().map(DiffReport::gap).toList(),
            c.changed().stream().map(x -> new ChangeJson(x.item(), x.before().id(), x.after().id(),
                x.better() ? "better" : x.worse() ? "worse" : "aside")).toList(),
            regressed(d, c))).toList());
  }

  private static SourcesJson sources(SourceChanges s) {
    SourceChanges.AnswersChange a = s.answers();
    SourceChanges.ConfigChange c = s.config();
    return new SourcesJson(a == null ? null : new AnswersJson(a.file(), a.change().id(), a.answers().stream()
        .map(x -> new AnswerJson(x.answer().item(), x.change().id(), x.answer().status() == null ? null
            : x.answer().status().id(), x.answer().by(), x.answer().timestamp())).toList()),
        s.waivers().stream().map(w -> new WaiverJson(w.waiver().item(), w.waiver().declaredIn(), w.waiver().line(),
            w.change().id())).toList(),
        c == null ? null : new ConfigJson(c.file(), c.change().id(), c.keys()));
  }

  private static Double twoDecimals(OptionalDouble score) {
    return score.isPresent() ? Numbers.twoDecimals(score.getAsDouble()) : null;
  }

  private static GapJson gap(PlanDiff.Gap g) {
    return new GapJson(g.item(), g.status().id(), g.section());
  }

  private static String signed(double delta) {
    long d = Math.round(delta);
    return d > 0 ? "+" + d : Long.toString(d);
  }
}
