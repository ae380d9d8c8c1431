package dk.parat.checklist;

import dk.parat.checklist.ChecklistException.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Applies a {@link ChecklistExtension} to the checklist it extends, producing a plain checklist. */
final class ExtensionMerger {

  private final YamlSource source;
  private final SourceLocator locator;
  private final List<Problem> problems = new ArrayList<>();

  ExtensionMerger(YamlSource source) {
    this.source = source;
    this.locator = new SourceLocator(source.text());
  }

  Checklist merge(Checklist base, ChecklistExtension ext) throws ChecklistException {
    Set<String> known = new HashSet<>();
    base.items().forEach(i -> known.add(i.id()));
    for (String id : ext.changes().keySet()) {
      if (!known.contains(id)) {
        problem(locator.lastKeyBefore(id, source.text().length()), "changes names item '" + id + "', which '"
            + base.id() + "' does not have");
      }
    }
    Set<String> chapterIds = new HashSet<>();
    base.chapters().forEach(c -> chapterIds.add(c.id()));
    for (ChecklistExtension.AddedItem added : ext.addItems()) {
      if (!chapterIds.contains(added.chapter())) {
        problem(locator.find("chapter: " + added.chapter(), 0), "add_items places an item in chapter '"
            + added.chapter() + "', which '" + base.id() + "' does not have; use add_chapters for a new chapter");
      }
    }
    if (!problems.isEmpty()) {
      throw new ChecklistException(problems);
    }
    List<Chapter> chapters = new ArrayList<>();
    for (Chapter chapter : base.chapters()) {
      List<Item> items = new ArrayList<>();
      for (Item item : chapter.items()) {
        ChecklistExtension.ItemChange change = ext.changes().get(item.id());
        items.add(change == null ? item : apply(item, change));
      }
      ext.addItems().stream().filter(a -> a.chapter().equals(chapter.id())).map(ChecklistExtension.AddedItem::item)
          .forEach(items::add);
      chapters.add(new Chapter(chapter.id(), chapter.title(), chapter.pages(), chapter.minScore(), items));
    }
    chapters.addAll(ext.addChapters());
    return new Checklist(ext.schema(), ext.id(), ext.version(), ext.title(),
        ext.publication() != null ? ext.publication() : base.publication(),
        base.language(),
        ext.scoring() != null ? ext.scoring() : base.scoring(),
        ext.bands() != null ? ext.bands() : base.bands(),
        ext.overrides() != null ? ext.overrides() : base.overrides(),
        chapters,
        base.calibration());
  }

  private static Item apply(Item item, ChecklistExtension.ItemChange change) {
    List<NotApplicableRule> notApplicable = new ArrayList<>(item.notApplicable());
    if (change.off() != null) {
      // A condition with no keys always holds: the item is set aside in every context.
      notApplicable.add(0, new NotApplicableRule(new Condition(null, null, null, null), change.off()));
    }
    EvidenceRules evidence = item.evidence();
    EvidenceRules extra = change.extraEvidence();
    if (extra != null) {
      evidence = new EvidenceRules(concat(evidence.topic(), extra.topic()), concat(evidence.strong(), extra.strong()),
          concat(evidence.guard(), extra.guard()), concat(evidence.weakGuard(), extra.weakGuard()),
          concat(evidence.exposure(), extra.exposure()), concat(evidence.weakExposure(), extra.weakExposure()),
          concat(evidence.sections(), extra.sections()),
          concat(evidence.cues(), extra.cues()),
          extra.coveredStrength() != null ? extra.coveredStrength() : evidence.coveredStrength());
    }
    return new Item(item.id(), item.kind(), item.title(), item.description(),
        change.questions() != null ? change.questions() : item.questions(),
        change.advice() != null ? change.advice() : item.advice(),
        item.page(),
        change.weight() != null ? change.weight() : item.weight(),
        change.critical() != null ? change.critical() : item.critical(),
        change.weight() != null ? List.of() : item.weightWhen(),
        notApplicable, evidence, item.examples());
  }

  private static TextList concat(TextList a, TextList b) {
    List<String> da = new ArrayList<>(a.da());
    da.addAll(b.da());
    List<String> en = new ArrayList<>(a.en());
    en.addAll(b.en());
    return new TextList(da, en);
  }

  private void problem(int offset, String message) {
    problems.add(new Problem(source.name(), locator.line(offset), locator.column(offset), message));
  }

  static boolean isExtension(String yaml) {
    return java.util.regex.Pattern.compile("(?m)^extends\\s*:").matcher(yaml).find();
  }
}
