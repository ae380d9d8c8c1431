package dk.parat.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run may touch of the outside world: its streams, environment and working folder.
 * Tests pass their own, so every command runs in-process.
 */
public record Io(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir) {

  public Io {
    env = Map.copyOf(env);
  }

  public String env(String name) {
    return env.get(name);
  }
}
