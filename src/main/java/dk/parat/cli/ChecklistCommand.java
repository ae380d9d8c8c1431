package dk.parat.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/** {@code parat checklist}: the commands for people who write and adapt checklists. */
@Command(
    name = "checklist",
    mixinStandardHelpOptions = true,
    description = "List, show, validate, test and document checklists.",
    subcommands = {ChecklistListCommand.class, ChecklistShowCommand.class, ChecklistValidateCommand.class,
        ChecklistTestCommand.class, ChecklistDocsCommand.class, ChecklistAgreementCommand.class,
        ChecklistCalibrateCommand.class, ChecklistTrainCommand.class})
final class ChecklistCommand extends BaseCommand {

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "name a checklist command: list, show, validate, test, docs, agreement or calibrate");
  }
}
