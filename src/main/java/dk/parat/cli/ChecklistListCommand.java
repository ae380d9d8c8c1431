package dk.parat.cli;

import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistRepository;
import dk.parat.checklist.CompiledChecklist;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parat checklist list}: the bundled checklists. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the bundled checklists.")
final class ChecklistListCommand extends BaseCommand {

  @Option(names = {"-l", "--lang"}, paramLabel = "da|en", defaultValue = "da", description = "Language of the titles.")
  String lang;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = io().out();
    var language = Languages.parse(lang);
    for (CompiledChecklist c : ChecklistLoader.load(ChecklistRepository.bundledIds()).checklists()) {
      out.printf("%-26s %-8s %3d items  %s%n", c.id(), c.checklist().version(), c.items().size(),
          c.checklist().title().in(language));
    }
    out.flush();
    return ExitCode.OK;
  }
}
