package dk.parat.cli;

import dk.parat.agreement.CalibrationBlock;
import dk.parat.agreement.Calibrator;
import dk.parat.agreement.Corpus;
import dk.parat.agreement.CorpusPart;
import dk.parat.agreement.LabelledPlan;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.files.OutputFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parat checklist calibrate}: fits each item's thresholds to the training part of a labelled corpus. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = "Fit each item's thresholds (how much evidence covers, guards or exposes it) to the training part of a "
        + "labelled corpus, and with --write store them in the checklist file's calibration block.")
final class ChecklistCalibrateCommand extends BaseCommand {

  @Parameters(paramLabel = "PATH", description = "The checklist .yaml file to calibrate.")
  Path file;

  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The labelled corpus folder.")
  Path corpus;

  @Option(names = "--write", description = "Write the thresholds into the checklist file.")
  boolean write;

  @Override
  public Integer call() throws Exception {
    Path checklist = io().workingDir().resolve(file);
    Path folder = io().workingDir().resolve(corpus);
    List<LabelledPlan> training = Corpus.read(folder).stream().filter(p -> p.part() == CorpusPart.TRAIN).toList();
    if (training.isEmpty()) {
      throw new UserError(corpus + " has no plans in its training part; see docs/agreement.md");
    }
    List<Calibrator.Choice> choices = new Calibrator(ChecklistLoader.load(List.of(checklist.toString()))).fit(training);
    for (Calibrator.Choice c : choices) {
      io().out().printf(Locale.ROOT, "%-10s %-8s strength %d   agreement %.1f -> %.1f of %d%n",
          c.item().id(), c.changed() ? "changed" : "kept", c.chosen().strength(), c.before(), c.after(), c.plans());
    }
    if (write) {
      String source = corpus + ", training part (" + training.size() + " plans)";
      String text = Files.readString(checklist, StandardCharsets.UTF_8);
      String calibrated = CalibrationBlock.write(text, choices, source);
      OutputFile.named(checklist, file.toString()).write(out -> out.write(calibrated));
      io().out().println("wrote the calibration block of " + file);
    }
    io().out().flush();
    return ExitCode.OK;
  }
}
