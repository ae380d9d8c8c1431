package dk.parat.cli;

import dk.parat.checklist.ChecklistException;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.CompiledChecklist;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parat checklist validate}: loads checklist files and reports every problem in them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check checklist files: YAML, keys, ids, translations, patterns. Exit 2 when one is broken.")
final class ChecklistValidateCommand extends BaseCommand {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Checklist .yaml files.")
  List<Path> files;

  @Override
  public Integer call() {
    int exit = ExitCode.OK;
    for (Path file : files) {
      try {
        CompiledChecklist c = ChecklistLoader.load(List.of(io().workingDir().resolve(file).toString())).checklists().get(0);
        io().out().printf("ok    %s: %s, %d items in %d chapters%n", file, c.id(), c.items().size(),
            c.checklist().chapters().size());
      } catch (ChecklistException e) {
        e.problems().forEach(p -> io().err().println("error " + p));
        exit = ExitCode.USAGE;
      }
    }
    io().out().flush();
    io().err().flush();
    return exit;
  }
}
