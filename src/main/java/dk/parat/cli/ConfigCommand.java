package dk.parat.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/** {@code parat config}: inspect the configuration a run would use. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Inspect parat's configuration.",
    subcommands = {ConfigShowCommand.class})
final class ConfigCommand extends BaseCommand {

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "name a config command: show");
  }
}
