package dk.parat;

import dk.parat.cli.Io;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs parat in-process with captured output, as a user would from the repository's root. */
public final class Cli {

  /** What one run printed and returned. */
  public record Result(int exit, String out, String err) {}

  private Cli() {}

  public static Result run(String... args) {
    return run(Map.of(), args);
  }

  public static Result run(Map<String, String> env, String... args) {
    return runWithInput("", env, args);
  }

  /** A run that reads {@code input} from its standard input, as typed into a pipe. */
  public static Result runWithInput(String input, Map<String, String> env, String... args) {
    return run(Path.of(""), input, env, args);
  }

  /** A run from {@code workingDir}, which relative paths are read from and written to. */
  public static Result runIn(Path workingDir, Map<String, String> env, String... args) {
    return run(workingDir, "", env, args);
  }

  private static Result run(Path workingDir, String input, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> environment = new HashMap<>(env);
    int exit = Main.run(args, new Io(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true), environment, workingDir));
    return new Result(exit, out.toString(), err.toString());
  }
}
