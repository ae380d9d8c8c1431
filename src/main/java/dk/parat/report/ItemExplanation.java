package dk.parat.report;

import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.Item;
import dk.parat.text.Lang;

/** {@code parat explain}: one item as a consultant reads it, in one language, as plain text. */
public final class ItemExplanation {

  private ItemExplanation() {}

  public static String render(CompiledChecklist checklist, CompiledItem compiled, Lang lang) {
    Messages m = new Messages(lang);
    Item item = compiled.item();
    StringBuilder sb = new StringBuilder();
    sb.append(item.id()).append(" · ").append(item.title().in(lang)).append('\n');
    sb.append(m.kind(item.kind())).append(" · ").append(checklist.checklist().title().in(lang)).append(", ")
        .append(m.get("report.chapter").toLowerCase(java.util.Locale.ROOT)).append(' ').append(compiled.chapter().id())
        .append(" · ").append(m.get("report.page")).append(' ').append(item.page());
    if (checklist.checklist().publication() != null) {
      sb.append(" (").append(checklist.checklist().publication().title()).append(')');
    }
    sb.append("\n\n").append(item.description().in(lang)).append("\n\n");
    sb.append(m.get("report.questions")).append(":\n");
    item.questions().in(lang).forEach(q -> sb.append("  - ").append(q).append('\n'));
    sb.append('\n').append(m.get("report.advice")).append(": ").append(item.advice().in(lang)).append('\n');
    return sb.toString();
  }
}
