package dk.parat.cli;

import dk.parat.agreement.CalibrationBlock;
import dk.parat.agreement.Calibrator;
import dk.parat.agreement.LabelledPlan;
import dk.parat.files.OutputFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parat checklist calibrate}: fits each item's thresholds to the training part of a labelled corpus. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = "Fit each item's thresholds (how much evidence covers, guards or exposes it) to the training part of a "
        + "labelled corpus, and with --write store them in the checklist file's calibration block.")
final class ChecklistCalibrateCommand extends BaseCommand {

  @Mixin
  CorpusFitOptions fit;

  @Override
  public Integer call() throws Exception {
    List<LabelledPlan> training = fit.training(io());
    List<Calibrator.Choice> choices = new Calibrator(fit.load(io())).fit(training);
    for (Calibrator.Choice c : choices) {
      io().out().printf(Locale.ROOT, "%-10s %-8s strength %d   agreement %.1f -> %.1f of %d%n",
          c.item().id(), c.changed() ? "changed" : "kept", c.chosen().strength(), c.before(), c.after(), c.plans());
    }
    if (fit.write) {
      String source = fit.source(training);
      Path checklist = fit.checklist(io());
      String text = Files.readString(checklist, StandardCharsets.UTF_8);
      String calibrated = CalibrationBlock.write(text, choices, source);
      OutputFile.named(checklist, fit.file.toString()).write(out -> out.write(calibrated));
      io().out().println("wrote the calibration block of " + fit.file);
    }
    io().out().flush();
    return ExitCode.OK;
  }
}
