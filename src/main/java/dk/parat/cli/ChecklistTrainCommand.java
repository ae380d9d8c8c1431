package dk.parat.cli;

import dk.parat.agreement.Agreement;
import dk.parat.agreement.AgreementReport;
import dk.parat.agreement.LabelledPlan;
import dk.parat.agreement.LabelledSentence;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.ItemKind;
import dk.parat.files.InputError;
import dk.parat.agreement.ReaderTraining;
import dk.parat.files.OutputFile;
import dk.parat.reader.ReaderFile;
import dk.parat.reader.ReaderModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parat checklist train}: trains a checklist's reader on the training part of a labelled corpus. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the checklist's reader (sentence models and the combiner that weighs them against the rules) "
        + "on the training part of a labelled corpus, and with --write store it in readers/ID.reader beside the "
        + "checklist file.")
final class ChecklistTrainCommand extends BaseCommand {

  @Mixin
  CorpusFitOptions fit;

  @Option(names = "--sentences", paramLabel = "PATH",
      description = "Sentence files (item id -> support, guards, red_flags, near_misses), or folders of them, written "
          + "outside any plan: every side also learns from them. Repeatable.")
  List<Path> sentences = List.of();

  @Override
  public Integer call() throws Exception {
    List<LabelledPlan> training = fit.training(io());
    String source = fit.source(training);
    ChecklistSet checklists = fit.load(io());
    List<LabelledSentence> written = written(checklists.checklists().get(0));
    ReaderTraining.Trained trained = new ReaderTraining(checklists).train(training, written,
        source + " and " + written.size() + " written sentences",
        line -> io().err().println("parat: " + line));
    ReaderModel model = trained.model();
    io().out().printf("trained a reader for %s on %s: %d sides, %d runs of letters and concepts weighed%n",
        model.checklist(), model.trainedOn(), model.sides().size(), model.weights().size());
    Agreement cv = Agreement.ofParat(trained.crossValidated());
    if (cv.size() == 0) {
      io().out().println("not cross-validated: the training plans are all by one writer");
    } else {
      AgreementReport.PlanChecks checks = AgreementReport.PlanChecks.of(trained.crossValidated());
      String thin = checks.thinPlans() == 0 ? "no thin plans"
          : String.format(Locale.ROOT, "false credit on its %d thin plans %.1f %%", checks.thinPlans(),
              100 * checks.falseCredit());
      io().out().printf(Locale.ROOT, "cross-validated by writer on the training part (each plan read by a reader "
              + "trained without its writer): insight κ %.2f, pitfall κ %.2f, macro κ %.2f, red flags P/R %.2f / %.2f, "
              + "%s%n",
          cv.where(v -> v.kind() == ItemKind.INSIGHT).kappa(), cv.where(v -> v.kind() == ItemKind.PITFALL).kappa(),
          cv.macroKappa(), cv.redFlagPrecision(), cv.redFlagRecall(), thin);
    }
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

  /** The --sentences files, each checked to name only the checklist's items. */
  private List<LabelledSentence> written(CompiledChecklist checklist) throws InputError, IOException {
    Set<String> items = checklist.items().stream().map(CompiledItem::id).collect(Collectors.toSet());
    List<LabelledSentence> written = new ArrayList<>();
    for (Path given : sentences) {
      Path path = io().workingDir().resolve(given);
      List<Path> files;
      if (Files.isDirectory(path)) {
        try (Stream<Path> listed = Files.list(path)) {
          files = listed.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
      } else {
        files = List.of(path);
      }
      for (Path file : files) {
        for (LabelledSentence sentence : LabelledSentence.read(file)) {
          if (!items.contains(sentence.item())) {
            throw new UserError(file + ": " + sentence.item() + " is not an item of " + checklist.checklist().id());
          }
          written.add(sentence);
        }
      }
    }
    return written;
  }
}
