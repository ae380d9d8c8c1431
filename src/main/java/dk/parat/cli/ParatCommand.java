package dk.parat.cli;

import dk.parat.report.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: only names the subcommands. */
@Command(
    name = "parat",
    mixinStandardHelpOptions = true,
    versionProvider = ParatCommand.VersionProvider.class,
    description = {
        "How ready is a municipality's plan for rolling out new technology?",
        "Scores implementation plans against checklists built from the Fremfærd publications "
            + "and writes gap reports."},
    subcommands = {CheckCommand.class, BatchCommand.class, DiffCommand.class, InterviewCommand.class,
        ExplainCommand.class, InitCommand.class, ChecklistCommand.class, ConfigCommand.class, picocli.AutoComplete.GenerateCompletion.class},
    footer = {"", "Examples:",
        "  parat check examples/skaermbesoeg-hjemmeplejen.md",
        "  parat check --lang en --format csv -o report.csv plan.md",
        "  parat batch --output-dir reports plans/",
        "  parat interview plan.md",
        "  parat explain BI-4-P2",
        "  parat checklist test",
        "", "Exit codes: 0 scored/passed, 1 a gate failed, 2 usage or input error, 3 internal error."})
public final class ParatCommand implements Runnable {

  private final Io io;
  private final Io terminal;

  @Spec
  CommandSpec spec;

  /** @param terminal the streams as given, for what parat draws itself (a progress bar) rather than prints */
  public ParatCommand(Io terminal) {
    this.terminal = terminal;
    this.io = terminal.withStreams(VisibleWriter.of(terminal.out()), VisibleWriter.of(terminal.err()));
  }

  /** The streams every command prints to: text in them cannot act on the terminal. */
  public Io io() {
    return io;
  }

  /** The streams as given: only for what parat draws itself, a progress bar or the interview's terminal. */
  Io terminal() {
    return terminal;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a command, e.g. 'parat check PLAN'");
  }

  /** Reports the version Maven built. */
  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"parat " + Version.get(), "Java " + System.getProperty("java.version")};
    }
  }
}
