package dk.parat.cli;

import dk.parat.checklist.ChecklistRepository;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Option;

/** Which checklists a command scores against. */
final class ChecklistOptions {

  @Option(names = {"-c", "--checklist"}, paramLabel = "ID|PATH", completionCandidates = ChecklistOptions.Bundled.class,
      description = "Checklist to score against: a bundled id or a path to a .yaml file. Repeatable. "
          + "Default: " + ChecklistRepository.DEFAULT_CHECKLIST + ".")
  List<String> checklists = new ArrayList<>();

  @Option(names = "--all", description = "Score against every bundled checklist.")
  boolean all;

  /** The checklists named on the command line, or null when none were, so the config decides. */
  List<String> given() {
    if (all) {
      List<String> refs = new ArrayList<>(ChecklistRepository.bundledIds());
      checklists.stream().filter(c -> !refs.contains(c)).forEach(refs::add);
      return refs;
    }
    return checklists.isEmpty() ? null : checklists;
  }

  List<String> refs() {
    List<String> given = given();
    return given == null ? List.of(ChecklistRepository.DEFAULT_CHECKLIST) : given;
  }

  /**
   * The bundled checklists' ids, for shell completion (a path completes as a file). Listed only
   * when a completion script is made: picocli makes one of these for every run, and listing the
   * jar's folder took a tenth of a second.
   */
  static final class Bundled implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ChecklistRepository.bundledIds().iterator();
    }
  }
}
