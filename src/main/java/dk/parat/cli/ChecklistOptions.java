package dk.parat.cli;

import dk.parat.checklist.ChecklistException;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistRepository;
import dk.parat.checklist.ChecklistSet;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which checklists a command scores against. */
final class ChecklistOptions {

  @Option(names = {"-c", "--checklist"}, paramLabel = "ID|PATH",
      description = "Checklist to score against: a bundled id or a path to a .yaml file. Repeatable. "
          + "Default: " + ChecklistRepository.DEFAULT_CHECKLIST + ".")
  List<String> checklists = new ArrayList<>();

  @Option(names = "--all", description = "Score against every bundled checklist.")
  boolean all;

  List<String> refs() {
    if (all) {
      List<String> refs = new ArrayList<>(ChecklistRepository.bundledIds());
      checklists.stream().filter(c -> !refs.contains(c)).forEach(refs::add);
      return refs;
    }
    return checklists.isEmpty() ? List.of(ChecklistRepository.DEFAULT_CHECKLIST) : checklists;
  }

  ChecklistSet load() throws ChecklistException {
    return ChecklistLoader.load(refs());
  }
}
