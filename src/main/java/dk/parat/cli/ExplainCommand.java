package dk.parat.cli;

import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistRepository;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.report.ItemExplanation;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parat explain ITEM-ID}: what an item means, where to read about it, what to ask. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain a checklist item: its source page, description, questions and advice.",
    footer = {"", "Examples:", "  parat explain BI-4-P2", "  parat explain --lang en SO-BC-1"})
final class ExplainCommand extends BaseCommand {

  @Parameters(paramLabel = "ITEM-ID", description = "An item id, e.g. BI-4-P2.")
  String id;

  @Mixin
  LanguageOption language;

  @Mixin
  ChecklistOptions checklistOptions;

  @Override
  public Integer call() throws Exception {
    List<String> refs = checklistOptions.checklists.isEmpty() ? ChecklistRepository.bundledIds() : checklistOptions.refs();
    for (CompiledChecklist c : ChecklistLoader.load(refs).checklists()) {
      var item = c.item(id);
      if (item.isPresent()) {
        io().out().print(ItemExplanation.render(c, item.get(), language.lang()));
        io().out().flush();
        return ExitCode.OK;
      }
    }
    throw new UserError("no item '" + id + "' in " + refs + "; 'parat checklist show ID' lists a checklist's items");
  }
}
