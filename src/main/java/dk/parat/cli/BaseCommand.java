package dk.parat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every parat command has: the run's {@link Io}. Returns an {@link ExitCode}. */
@picocli.CommandLine.Command
abstract class BaseCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  Io io() {
    return ((ParatCommand) spec.root().userObject()).io();
  }

  /** The streams as given, for what parat draws itself; everything else prints through {@link #io()}. */
  Io terminal() {
    return ((ParatCommand) spec.root().userObject()).terminal();
  }
}
