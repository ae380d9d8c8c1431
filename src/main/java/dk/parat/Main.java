package dk.parat;

import dk.parat.checklist.ChecklistException;
import dk.parat.cli.CheckPrefetch;
import dk.parat.cli.ExitCode;
import dk.parat.cli.Io;
import dk.parat.cli.ParatCommand;
import dk.parat.cli.UserError;
import dk.parat.config.ConfigException;
import dk.parat.files.InputError;
import dk.parat.files.OutputError;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;

/**
 * The launcher. {@link #run} takes its streams and environment as parameters so tests run
 * parat in-process; only {@link #main} exits the JVM.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("check")) {
      CheckPrefetch.start(Arrays.asList(args).subList(1, args.length), Path.of(""));
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, new Io(System.in, out, err, System.getenv(), Path.of(""), System.console() != null));
    out.flush();
    err.flush();
    System.exit(code);
  }

  public static int run(String[] args, Io given) {
    ParatCommand top = new ParatCommand(given);
    Io io = top.io();
    CommandLine cli = new CommandLine(top);
    cli.setOut(io.out());
    cli.setErr(io.err());
    // The README promises no colour codes at all, whatever the terminal.
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // @FILE is parat batch's own list of plans, read line by line and bounded; picocli's expansion
    // of it would read a device without end and split paths at their spaces.
    cli.setExpandAtFiles(false);
    cli.setExecutionExceptionHandler((e, commandLine, parsed) -> handle(e, io.err()));
    // A mistyped option is one line and a pointer to the help, not the whole help.
    cli.setParameterExceptionHandler((e, arguments) -> {
      io.err().println("parat: " + e.getMessage() + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName()
          + " --help')");
      io.err().flush();
      return ExitCode.USAGE;
    });
    try {
      return cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // Readers name the file of such a failure themselves; one that gets here is parat's to fix.
      io.err().println("parat: internal error: " + e + " (the input was larger or deeper than parat can take); "
          + "this is a bug in parat, please report it with the command you ran");
      io.err().flush();
      return ExitCode.INTERNAL;
    }
  }

  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env) {
    return run(args, new Io(in, out, err, env, Path.of("")));
  }

  private static int handle(Exception e, PrintWriter err) {
    if (e instanceof ChecklistException c && c.problems().size() == 1) {
      err.println("parat: " + c.problems().get(0) + " (the checklist cannot be used: fix it, see docs/checklist-format.md)");
      err.flush();
      return ExitCode.USAGE;
    }
    if (e instanceof ChecklistException c) {
      err.println("parat: the checklist cannot be used:");
      c.problems().forEach(p -> err.println("  " + p));
      err.println("Fix the file (see docs/checklist-format.md) and run again; 'parat checklist validate FILE' checks it alone.");
      err.flush();
      return ExitCode.USAGE;
    }
    if (e instanceof InputError || e instanceof UserError || e instanceof ConfigException || e instanceof OutputError) {
      err.println("parat: " + e.getMessage());
      err.flush();
      return ExitCode.USAGE;
    }
    err.println("parat: internal error: " + e);
    for (StackTraceElement frame : e.getStackTrace()) {
      err.println("    at " + frame);
    }
    err.println("This is a bug in parat, not in your plan. Please report it with the command you ran and the lines above.");
    err.flush();
    return ExitCode.INTERNAL;
  }
}
