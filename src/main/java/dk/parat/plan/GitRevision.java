package dk.parat.plan;

import dk.parat.files.InputError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Reads a file as it was at a git revision, with the git on the PATH. */
public final class GitRevision {

  private GitRevision() {}

  /**
   * The file's bytes at {@code revision}, or empty when the file did not exist then.
   *
   * @throws InputError when git is missing, the file is outside a repository or the revision is unknown
   */
  public static Optional<byte[]> read(Path file, String revision) throws InputError {
    Path absolute = file.toAbsolutePath().normalize();
    Path dir = absolute.getParent();
    String top = new String(git(dir, file, List.of("rev-parse", "--show-toplevel")), StandardCharsets.UTF_8).strip();
    git(dir, file, List.of("rev-parse", "--verify", "--quiet", revision + "^{commit}"));
    String relative = realPath(Path.of(top)).relativize(realPath(absolute)).toString().replace('\\', '/');
    try {
      return Optional.of(git(dir, file, List.of("show", revision + ":" + relative)));
    } catch (InputError e) {
      if (e.getMessage().contains("exists on disk, but not in") || e.getMessage().contains("does not exist in")) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p;
    }
  }

  private static byte[] git(Path dir, Path file, List<String> args) throws InputError {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(args);
    try {
      Process p = new ProcessBuilder(command).start();
      p.getOutputStream().close();
      byte[] out = readAll(p.getInputStream());
      String err = new String(readAll(p.getErrorStream()), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new InputError(file.toString(), 0, "git did not answer within a minute");
      }
      if (p.exitValue() != 0) {
        String why = err.isEmpty() ? "git " + String.join(" ", args) + " failed" : err.lines().findFirst().orElse(err);
        if (args.get(0).equals("rev-parse") && args.contains("--verify")) {
          why = "'" + args.get(args.size() - 1).replace("^{commit}", "") + "' is not a revision of this repository";
        }
        throw new InputError(file.toString(), 0, why + " (parat diff compares a plan kept in git with its "
            + "state at --base REV)");
      }
      return out;
    } catch (IOException e) {
      throw new InputError(file.toString(), 0, "git cannot be run (" + e.getMessage()
          + "); parat diff needs git on the PATH");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputError(file.toString(), 0, "interrupted while waiting for git");
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
