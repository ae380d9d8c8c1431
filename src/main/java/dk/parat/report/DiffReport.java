package dk.parat.report;

import static dk.parat.report.Markdown.text;

import dk.parat.diff.PlanDiff;
import dk.parat.text.Lang;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code parat diff}: score changes per chapter, new and closed gaps, as Markdown or JSON. */
public final class DiffReport {

  private final Messages m;

  public DiffReport(Lang lang) {
    this.m = new Messages(lang);
  }

  public void markdown(List<PlanDiff> diffs, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (PlanDiff d : diffs) {
      sb.append("# ").append(m.get("diff.title")).append(": `").append(d.path().replace("`", "'")).append("` ")
          .append(m.get("diff.since")).append(" `").append(d.base().replace("`", "'")).append("`\n\n");
      if (d.newAtBase()) {
        sb.append(m.get("diff.newAtBase")).append("\n\n");
      }
      for (PlanDiff.ChecklistDiff c : d.checklists()) {
        sb.append("## ").append(c.checklist()).append(": ").append(Numbers.score(c.before())).append(" → ")
            .append(Numbers.score(c.after())).append(" (").append(signed(c.after() - c.before())).append(")")
            .append(c.regressed() ? " — **" + m.get("diff.regressed") + "**" : "").append("\n\n");
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
              .append("` → `").append(x.after().id()).append("`\n"));
          sb.append('\n');
        }
      }
    }
    out.write(sb.toString());
    out.flush();
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
    List<Map<String, Object>> plans = diffs.stream().map(d -> {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("path", d.path());
      p.put("base", d.base());
      p.put("newAtBase", d.newAtBase());
      p.put("regressed", d.regressed());
      p.put("checklists", d.checklists().stream().map(c -> {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("id", c.checklist());
        x.put("before", Numbers.twoDecimals(c.before()));
        x.put("after", Numbers.twoDecimals(c.after()));
        x.put("chapters", c.chapters().stream().map(ch -> {
          Map<String, Object> y = new LinkedHashMap<>();
          y.put("id", ch.chapter());
          y.put("before", ch.before().isPresent() ? Numbers.twoDecimals(ch.before().getAsDouble()) : null);
          y.put("after", ch.after().isPresent() ? Numbers.twoDecimals(ch.after().getAsDouble()) : null);
          y.put("dropped", ch.dropped());
          return y;
        }).toList());
        x.put("opened", c.opened().stream().map(DiffReport::gap).toList());
        x.put("closed", c.closed().stream().map(DiffReport::gap).toList());
        x.put("changed", c.changed().stream().map(s -> Json.object("item", s.item(), "before", s.before().id(),
            "after", s.after().id())).toList());
        x.put("regressed", c.regressed());
        return x;
      }).toList());
      return p;
    }).toList();
    Json.write(Json.object("diffs", plans), out);
  }

  private static Map<String, Object> gap(PlanDiff.Gap g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("item", g.item());
    m.put("status", g.status().id());
    m.put("section", g.section());
    return m;
  }

  private static String signed(double delta) {
    long d = Math.round(delta);
    return d > 0 ? "+" + d : Long.toString(d);
  }
}
