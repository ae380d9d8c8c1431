package dk.parat.skeleton;

import dk.parat.checklist.Chapter;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.CompiledItem;
import dk.parat.plan.PlanContext;
import dk.parat.text.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plan to start from: front matter with the context that decides which items apply, and a
 * section per chapter with a heading per item and the item's questions as prompts. The prompts
 * sit in HTML comments, which parat does not read, and the headings hold no text of the team's,
 * so an untouched skeleton scores every item missing or unclear: nothing in it is evidence.
 */
public final class PlanSkeleton {

  private static final Map<Lang, Words> WORDS = Map.of(
      Lang.DA, new Words("Ny plan", "Kapitel",
          "Skabelon fra parat init efter {0}. Skriv under hver overskrift, hvad I vil gøre, hvem der gør det og "
              + "hvornår, med jeres egne ord. Kommentarerne er spørgsmål til jer og tæller ikke som evidens; slet "
              + "dem, når I har svaret.",
          "Ikke angivet endnu; vælg en af"),
      Lang.EN, new Words("New plan", "Chapter",
          "Skeleton from parat init after {0}. Under each heading write what you will do, who does it and when, in "
              + "your own words. The comments are questions to you and never count as evidence; delete them once "
              + "answered.",
          "Not declared yet; choose one of"));

  private PlanSkeleton() {}

  /** The words of the skeleton itself, in one language. */
  private record Words(String title, String chapter, String intro, String choose) {}

  /** A Markdown plan skeleton for the checklists, in the context given (its nulls left for the team to fill). */
  public static String markdown(List<CompiledChecklist> checklists, PlanContext context, Lang lang) {
    Words w = WORDS.get(lang);
    String title = context.title() == null ? w.title() : context.title();
    StringBuilder sb = new StringBuilder("---\n");
    sb.append("title: ").append(yaml(title)).append('\n');
    field(sb, "municipality", context.municipality(), null, w);
    field(sb, "technology", context.technology(), null, w);
    field(sb, "phase", context.phase(), PlanContext.PHASES, w);
    field(sb, "maturity", context.maturity(), PlanContext.MATURITIES, w);
    field(sb, "scale", context.scale(), PlanContext.SCALES, w);
    field(sb, "audience", context.audience(), PlanContext.AUDIENCES, w);
    sb.append("language: ").append(lang.code()).append("\n---\n\n");
    sb.append("# ").append(title).append("\n\n");
    List<String> sources = new ArrayList<>();
    checklists.forEach(c -> sources.add(c.checklist().title().in(lang)));
    sb.append(comment(w.intro().replace("{0}", String.join(", ", sources)), "")).append("\n\n");
    for (CompiledChecklist checklist : checklists) {
      for (Chapter chapter : checklist.checklist().chapters()) {
        sb.append("## ").append(w.chapter()).append(' ').append(chapter.id()).append(": ")
            .append(chapter.title().in(lang)).append("\n\n");
        for (CompiledItem item : checklist.items(chapter)) {
          sb.append("### ").append(item.item().title().in(lang)).append("\n\n");
          List<String> prompts = new ArrayList<>();
          item.item().questions().in(lang).forEach(q -> prompts.add("- " + q));
          if (prompts.isEmpty()) {
            prompts.add(item.item().description().in(lang));
          }
          sb.append(comment(String.join("\n", prompts), item.id())).append("\n\n");
        }
      }
    }
    return sb.toString();
  }

  private static void field(StringBuilder sb, String key, String value, List<String> choices, Words w) {
    if (value != null) {
      sb.append(key).append(": ").append(yaml(value)).append('\n');
    } else {
      sb.append("# ").append(key).append(':')
          .append(choices == null ? "" : " " + w.choose() + " " + String.join(" | ", choices)).append('\n');
    }
  }

  /** A comment parat does not read; a text holding "-->" would end it early and turn the rest into evidence. */
  private static String comment(String text, String label) {
    String body = text.replace("-->", "->");
    return label.isEmpty() ? "<!-- " + body + " -->" : "<!-- " + label + "\n" + body + "\n-->";
  }

  private static String yaml(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
