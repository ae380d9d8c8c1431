package dk.parat.interview;

import dk.parat.checklist.ChecklistSet;
import dk.parat.plan.Plan;
import dk.parat.plan.Section;
import dk.parat.report.Messages;
import dk.parat.scoring.Evidence;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.MatcherTable;
import dk.parat.scoring.PlanIndex;
import dk.parat.scoring.Sentence;
import dk.parat.text.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes a stub section for a gap into a Markdown plan: a heading with the item's title and its
 * questions as prompts for the team. The prompts sit in an HTML comment, which parat does not
 * read, so a stub never counts as evidence for the item it asks about.
 */
final class Drafter {

  /** The width the stub's comment is wrapped to: its preview, indented, still fits an 80-column terminal. */
  private static final int LINE = 74;

  private Drafter() {}

  /**
   * A stub and its place.
   *
   * @param under the heading path the stub goes under; empty when it opens a new heading at the end
   * @param afterLine the plan line after which the stub goes (the last line of its section)
   */
  record Draft(List<String> under, int afterLine, String text) {}

  /**
   * Where the stub belongs: in the section that holds the item's evidence, else under a heading
   * the checklist names for the item, else under one heading for open points at the end.
   */
  static Draft propose(Plan plan, String planText, ItemResult r, ChecklistSet checklists, Messages m, String by,
      LocalDateTime now) {
    String openPoints = m.get("interview.draft.heading");
    Optional<Section> target = evidenceSection(plan, r)
        .or(() -> namedSection(plan, r, checklists))
        .or(() -> plan.sections().stream().filter(s -> s.heading().equals(openPoints)).findFirst());
    List<String> comment = new ArrayList<>(Page.wrap("<!-- " + m.get("interview.draft.comment",
        DateTimeFormatter.ISO_LOCAL_DATE.format(now), by, r.item().id()), LINE, "     "));
    // A question holding "-->" would end the comment early and turn the rest into evidence.
    r.item().item().questions().in(m.lang()).forEach(q -> comment.addAll(Page.wrap("- " + q.replace("-->", "->"),
        LINE, "  ")));
    comment.add("-->");
    String prompts = String.join("\n", comment);
    String title = r.item().item().title().in(m.lang());
    List<String> lines = lines(planText);
    if (target.isEmpty()) {
      int level = openPointsLevel(plan);
      return new Draft(List.of(), lastText(lines, lines.size(), 0), "#".repeat(level) + " " + openPoints + "\n\n"
          + "#".repeat(level + 1) + " " + title + "\n\n" + prompts);
    }
    Section section = target.get();
    return new Draft(section.headingPath(), lastText(lines, end(plan, section, lines.size()), section.headingLine()),
        "#".repeat(Math.min(section.level() + 1, 6)) + " " + title + "\n\n" + prompts);
  }

  /** The last line with text at or before {@code line}: a stub follows the text, not the blank lines after it. */
  private static int lastText(List<String> lines, int line, int floor) {
    int at = line;
    while (at > floor && lines.get(at - 1).isBlank()) {
      at--;
    }
    return at;
  }

  /** The plan's text with the stub in place, set off by blank lines, in the plan's own line endings. */
  static String insert(String planText, Draft draft) {
    String newline = planText.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = lines(planText);
    List<String> stub = new ArrayList<>();
    stub.add("");
    stub.addAll(Arrays.asList(draft.text().split("\n", -1)));
    if (draft.afterLine() < lines.size() && !lines.get(draft.afterLine()).isBlank()) {
      stub.add("");
    }
    lines.addAll(draft.afterLine(), stub);
    return String.join(newline, lines) + (planText.endsWith("\n") ? newline : "");
  }

  /**
   * The level of a new heading for open points: beside the plan's top headings, or below the
   * one top heading that is the plan's title.
   */
  private static int openPointsLevel(Plan plan) {
    int top = plan.sections().stream().mapToInt(Section::level).filter(l -> l > 0).min().orElse(1);
    long tops = plan.sections().stream().filter(s -> s.level() == top && s.headingLine() > 0).count();
    return Math.min(tops == 1 ? top + 1 : top, 5);
  }

  /** {@code plan.md.bak}, or a timestamped one when that exists: an earlier backup is never overwritten. */
  static Path backup(Path planFile, LocalDateTime now) {
    Path plain = planFile.resolveSibling(planFile.getFileName() + ".bak");
    return Files.exists(plain) ? planFile.resolveSibling(planFile.getFileName() + "."
        + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(now) + ".bak") : plain;
  }

  private static Optional<Section> evidenceSection(Plan plan, ItemResult r) {
    return r.evidence().stream().map(Evidence::headingPath).filter(p -> !p.isEmpty()).findFirst()
        .flatMap(path -> plan.sections().stream().filter(s -> s.headingPath().equals(path)).findFirst());
  }

  private static Optional<Section> namedSection(Plan plan, ItemResult r, ChecklistSet checklists) {
    PlanIndex index = new PlanIndex(plan, checklists.analyzer(), checklists.lexicon(), MatcherTable.of(checklists));
    for (Pattern heading : r.item().sections()) {
      Optional<Section> found = index.underHeading(heading).stream().map(Sentence::section).findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The last line of a section: the line before the next heading at its level or above, else the last line. */
  private static int end(Plan plan, Section section, int lines) {
    return plan.sections().stream()
        .filter(s -> s.headingLine() > section.headingLine() && s.level() <= section.level())
        .mapToInt(s -> s.headingLine() - 1)
        .findFirst()
        .orElse(lines);
  }

  /** The lines of a text, without the empty one after a final newline. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty() && text.endsWith("\n")) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
