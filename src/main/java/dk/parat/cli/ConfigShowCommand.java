package dk.parat.cli;

import dk.parat.config.EffectiveConfig;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parat config show}: the effective settings and where each came from. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Print the effective configuration for a plan (or this folder) and where each value came from: "
        + "an option, a PARAT_* variable, a line of .parat.yaml, or the default.")
final class ConfigShowCommand extends BaseCommand {

  @Parameters(paramLabel = "PLAN", arity = "0..1", description = "The plan whose configuration to show.")
  Path plan;

  @Mixin
  OutputOptions output;

  @Mixin
  RunSettings settings;

  @Override
  public Integer call() throws Exception {
    EffectiveConfig config = settings.resolve(io(), output.choices(),
        plan == null ? List.of() : List.of(plan));
    config.describe().forEach(io().out()::println);
    io().out().flush();
    return ExitCode.OK;
  }
}
