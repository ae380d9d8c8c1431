package dk.parat.cli;

import dk.parat.checklist.ChecklistException;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistRepository;
import dk.parat.explain.ItemLookup;
import dk.parat.report.ItemExplanation;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parat explain ITEM-ID}: what an item means, where to read about it, what to ask. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain a checklist item: its source page, description, questions and advice.",
    footer = {"", "Examples:", "  parat explain BI-4-P2", "  parat explain --lang en SO-BC-1"})
final class ExplainCommand extends BaseCommand {

  @Parameters(index = "0", paramLabel = "ITEM-ID", completionCandidates = ItemIds.class,
      description = "An item id, e.g. BI-4-P2, in any case.")
  String id;

  @Mixin
  LanguageOption language;

  @Mixin
  ChecklistOptions checklistOptions;

  @Override
  public Integer call() throws Exception {
    List<String> refs = checklistOptions.checklists.isEmpty() ? ChecklistRepository.bundledIds() : checklistOptions.refs();
    ItemLookup lookup = new ItemLookup(ChecklistLoader.load(refs).checklists());
    ItemLookup.Found found = lookup.find(id).orElseThrow(() -> unknown(lookup, refs));
    io().out().print(ItemExplanation.render(found.checklist(), found.item(), language.lang()));
    io().out().flush();
    return ExitCode.OK;
  }

  private UserError unknown(ItemLookup lookup, List<String> refs) {
    List<String> near = lookup.near(id);
    return new UserError("no item '" + id + "' in " + String.join(", ", refs)
        + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?")
        + " ('parat checklist show ID' lists a checklist's items)");
  }

  /** Every bundled item's id, for shell completion; read only when a completion script is made. */
  static final class ItemIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      try {
        return ChecklistLoader.load(ChecklistRepository.bundledIds()).checklists().stream()
            .flatMap(c -> c.items().stream()).map(i -> i.id()).distinct().iterator();
      } catch (ChecklistException e) {
        throw new IllegalStateException("a bundled checklist does not load: " + e.getMessage(), e);
      }
    }
  }
}
