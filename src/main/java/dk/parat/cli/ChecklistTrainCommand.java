package dk.parat.cli;

import dk.parat.agreement.LabelledPlan;
import dk.parat.agreement.ReaderTraining;
import dk.parat.files.OutputFile;
import dk.parat.reader.ReaderFile;
import dk.parat.reader.ReaderModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parat checklist train}: trains a checklist's reader on the training part of a labelled corpus. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the checklist's reader (sentence models and the combiner that weighs them against the rules) "
        + "on the training part of a labelled corpus, and with --write store it in readers/ID.reader beside the "
        + "checklist file.")
final class ChecklistTrainCommand extends BaseCommand {

  @Mixin
  CorpusFitOptions fit;

  @Override
  public Integer call() throws Exception {
    List<LabelledPlan> training = fit.training(io());
    String source = fit.source(training);
    ReaderModel model = new ReaderTraining(fit.load(io())).train(training, source,
        line -> io().err().println("parat: " + line));
    io().out().printf("trained a reader for %s on %s: %d sides, %d runs of letters weighed%n", model.checklist(), source,
        model.sides().size(), model.weights().size());
    if (fit.write) {
      String name = model.checklist() + ".reader";
      Path target = fit.checklist(io()).resolveSibling("readers").resolve(name);
      Files.createDirectories(target.getParent());
      String text = ReaderFile.write(model);
      // Named as the user named the checklist, so the line reads as the path they typed.
      String shown = fit.file.resolveSibling("readers").resolve(name).toString();
      OutputFile.named(target, shown).write(out -> out.write(text));
      io().out().println("wrote " + shown);
    }
    io().out().flush();
    return ExitCode.OK;
  }
}
