package dk.parat.cli;

import dk.parat.agreement.Corpus;
import dk.parat.agreement.CorpusPart;
import dk.parat.agreement.LabelledPlan;
import dk.parat.checklist.ChecklistException;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistSet;
import dk.parat.files.InputError;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What fitting a checklist to a labelled corpus takes: the checklist, the corpus, and whether to write the fit. */
final class CorpusFitOptions {

  @Parameters(paramLabel = "PATH", description = "The checklist .yaml file.")
  Path file;

  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The labelled corpus folder.")
  Path corpus;

  @Option(names = "--write", description = "Write what was fitted beside the checklist (see the command's description).")
  boolean write;

  /** The checklist file, as the working folder resolves it. */
  Path checklist(Io io) {
    return io.workingDir().resolve(file);
  }

  /** The checklist loaded, to be fitted. */
  ChecklistSet load(Io io) throws ChecklistException {
    return ChecklistLoader.load(List.of(checklist(io).toString()));
  }

  /** The corpus's training part: the only plans anything is fitted to. */
  List<LabelledPlan> training(Io io) throws InputError {
    List<LabelledPlan> training = Corpus.read(io.workingDir().resolve(corpus)).stream()
        .filter(p -> p.part() == CorpusPart.TRAIN).toList();
    if (training.isEmpty()) {
      throw new UserError(corpus + " has no plans in its training part; see docs/agreement.md");
    }
    return training;
  }

  /** How the fit names what it was fitted to. */
  String source(List<LabelledPlan> training) {
    return corpus + ", training part (" + training.size() + " plans)";
  }
}
