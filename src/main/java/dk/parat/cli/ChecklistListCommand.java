package dk.parat.cli;

import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistRepository;
import dk.parat.checklist.CompiledChecklist;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parat checklist list}: the bundled checklists. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the bundled checklists.")
final class ChecklistListCommand extends BaseCommand {

  @Mixin
  LanguageOption language;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = io().out();
    var lang = language.lang();
    for (CompiledChecklist c : ChecklistLoader.checklists(ChecklistRepository.bundledIds())) {
      out.printf("%-26s %-8s %3d items  %s%n", c.id(), c.checklist().version(), c.items().size(),
          c.checklist().title().in(lang));
    }
    out.flush();
    return ExitCode.OK;
  }
}
