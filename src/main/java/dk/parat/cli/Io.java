package dk.parat.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What a run may touch of the outside world: its streams, environment and working folder, and
 * whether a person watches it in a terminal (then a long run shows a progress bar). Tests pass
 * their own, so every command runs in-process.
 */
public record Io(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir,
    boolean terminal) {

  public Io {
    env = Map.copyOf(env);
  }

  /** Streams that no person watches. */
  public Io(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir) {
    this(in, out, err, env, workingDir, false);
  }

  /** The same, printing to other streams. */
  public Io withStreams(PrintWriter out, PrintWriter err) {
    return new Io(in, out, err, env, workingDir, terminal);
  }

  public String env(String name) {
    return env.get(name);
  }

  /**
   * Today's date, for waiver expiry. {@code PARAT_TODAY=YYYY-MM-DD} fixes it, so that a report
   * can be reproduced byte for byte later.
   */
  public LocalDate today() {
    String fixed = env.get("PARAT_TODAY");
    if (fixed == null || fixed.isBlank()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(fixed.strip());
    } catch (DateTimeParseException e) {
      throw new UserError("PARAT_TODAY='" + fixed + "' is not a date; write YYYY-MM-DD");
    }
  }
}
