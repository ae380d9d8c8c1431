package dk.parat.diff;

import dk.parat.files.InputError;
import dk.parat.files.InputFile;
import dk.parat.plan.PlanLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads a file as it was at a git revision, with the git on the PATH. git runs in the C locale
 * and is judged by its exit codes, never by the words of its messages, which a user's language
 * setting translates.
 */
public final class GitRevision {

  private static final int MAX_MESSAGE = 64 * 1024;
  private static final String HINT = " (parat diff compares a plan kept in git with its state at --base REV)";

  private GitRevision() {}

  /** What git printed and returned. */
  private record Result(int exit, byte[] out, String err) {
    boolean ok() {
      return exit == 0;
    }

    /** git's own first line of complaint, or {@code fallback} when it said nothing. */
    String why(String fallback) {
      return err.isBlank() ? fallback : err.strip().lines().findFirst().orElse(fallback);
    }
  }

  /**
   * The file's bytes at {@code revision}, or empty when the file did not exist then.
   *
   * @throws InputError when git is missing, the file is outside a repository or the revision is unknown
   */
  public static Optional<byte[]> read(Path file, String revision) throws InputError {
    Path absolute = file.toAbsolutePath().normalize();
    Path dir = absolute.getParent();
    Result top = git(dir, file, "rev-parse", "--show-toplevel");
    if (!top.ok()) {
      throw new InputError(file.toString(), 0, top.why("not in a git repository") + HINT);
    }
    if (!git(dir, file, "rev-parse", "--verify", "--quiet", revision + "^{commit}").ok()) {
      throw new InputError(file.toString(), 0, "'" + revision + "' is not a revision of this repository" + HINT);
    }
    Path root = realPath(Path.of(new String(top.out(), StandardCharsets.UTF_8).strip()));
    String object = revision + ":" + root.relativize(realPath(absolute)).toString().replace('\\', '/');
    // The revision exists, so a failing test for the object means the file did not exist then.
    if (!git(dir, file, "cat-file", "-e", object).ok()) {
      return Optional.empty();
    }
    Result shown = git(dir, file, "show", object);
    if (!shown.ok()) {
      throw new InputError(file.toString(), 0, shown.why("git show " + object + " failed") + HINT);
    }
    return Optional.of(shown.out());
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p;
    }
  }

  private static Result git(Path dir, Path file, String... args) throws InputError {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LC_ALL", "C");
    builder.environment().remove("LANGUAGE");
    try {
      Process p = builder.start();
      p.getOutputStream().close();
      // Both streams are read at once: git blocks when the one nobody reads fills its pipe.
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> firstBytes(p.getErrorStream()));
      byte[] out = p.getInputStream().readNBytes((int) PlanLoader.MAX_BYTES + 1);
      if (out.length > PlanLoader.MAX_BYTES) {
        p.destroyForcibly();
        throw InputFile.tooLarge(args[args.length - 1], PlanLoader.MAX_BYTES, "plans");
      }
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new InputError(file.toString(), 0, "git did not answer within a minute");
      }
      return new Result(p.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputError(file.toString(), 0, "git cannot be run (" + e.getMessage()
          + "); parat diff needs git on the PATH");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputError(file.toString(), 0, "interrupted while waiting for git");
    }
  }

  /** The start of what git says on its error stream, the rest read and dropped so that git never waits on a full pipe. */
  private static byte[] firstBytes(InputStream in) {
    try {
      byte[] start = in.readNBytes(MAX_MESSAGE);
      in.transferTo(OutputStream.nullOutputStream());
      return start;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
