package dk.parat.files;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;

/**
 * Where an output (a report, a batch's table, an answers file) goes, decided by what stands at
 * its path, and written there without harm to anything else:
 *
 * <ul>
 *   <li>a regular file, or nothing yet: replaced whole and at once ({@link AtomicFile}), so the
 *       old file stays on any failure;
 *   <li>a device, a pipe, or anything under {@code /dev} or {@code /proc} ({@code /dev/null},
 *       {@code /dev/stdout}): written directly, since replacing it would put a regular file in
 *       its place;
 *   <li>a symbolic link a person named: written through, to the file it leads to, and the link
 *       kept;
 *   <li>a folder: refused, with what to write instead.
 * </ul>
 *
 * A name parat chose itself inside an output folder ({@link #inFolder}) never follows a link:
 * whatever stands at the name is replaced, so that a link committed into a repository cannot
 * send a report elsewhere.
 */
public final class OutputFile {

  /** A chain of links longer than this loops or is not meant to be followed. */
  private static final int MAX_LINKS = 40;

  private final Path path;
  private final String shown;
  private final boolean direct;

  private OutputFile(Path path, String shown, boolean direct) {
    this.path = path;
    this.shown = shown;
    this.direct = direct;
  }

  /**
   * A file a person named ({@code -o FILE}, {@code --answers FILE}, a plan being drafted into).
   *
   * @param shown the path as the person wrote it, for messages
   */
  public static OutputFile named(Path path, String shown) throws OutputError {
    Path absolute = path.toAbsolutePath();
    if (isSystemPath(absolute)) {
      return new OutputFile(absolute, shown, true);
    }
    Path at = absolute;
    for (int hops = 0; Files.isSymbolicLink(at); hops++) {
      if (hops == MAX_LINKS) {
        throw new OutputError(shown + ": is a chain of symbolic links that does not end; name the file itself");
      }
      try {
        at = at.resolveSibling(Files.readSymbolicLink(at));
      } catch (IOException e) {
        throw OutputError.writing(shown, e);
      }
    }
    BasicFileAttributes attributes = attributes(at);
    if (attributes != null && attributes.isDirectory()) {
      throw folder(shown);
    }
    return new OutputFile(at, shown, attributes != null && !attributes.isRegularFile() || isSystemPath(at));
  }

  /** A name parat chose inside an output folder ({@code DIR/parat.md}). */
  public static OutputFile inFolder(Path path, String shown) throws OutputError {
    BasicFileAttributes attributes = attributes(path.toAbsolutePath());
    if (attributes != null && attributes.isDirectory() && !attributes.isSymbolicLink()) {
      throw new OutputError(shown + ": is a folder where parat writes a file; move it away or choose another output folder");
    }
    return new OutputFile(path.toAbsolutePath(), shown, false);
  }

  static OutputError folder(String shown) {
    return new OutputError(shown + ": is a folder; name a file in it (" + Path.of(shown).resolve("parat.md")
        + "), or use --output-dir " + shown + " to write each format into it under its own name");
  }

  /** What stands at the path, not following a final link; null when nothing does. */
  private static BasicFileAttributes attributes(Path path) throws OutputError {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw OutputError.writing(path.toString(), e);
    }
  }

  private static boolean isSystemPath(Path absolute) {
    return absolute.startsWith("/dev") || absolute.startsWith("/proc");
  }

  /** Where the bytes go: the file itself, or the file a named link leads to. */
  public Path path() {
    return path;
  }

  public String shown() {
    return shown;
  }

  /** Whether it is written in place (a device or a pipe) rather than replaced. */
  public boolean isDirect() {
    return direct;
  }

  /** Refuses to write over one of the run's inputs, which the output would destroy. */
  public void refuseInputs(Collection<Path> inputs, String what) throws OutputError {
    for (Path input : inputs) {
      if (isSameFile(input)) {
        throw new OutputError(shown + ": is " + what + " parat reads in this run (" + input.getFileName()
            + "); parat never writes over its input. Name another file");
      }
    }
  }

  /** Whether this output and {@code other} would land in one file (devices and pipes aside). */
  public boolean collidesWith(OutputFile other) {
    return !direct && !other.direct && (path.normalize().equals(other.path.normalize()) || isSameFile(other.path));
  }

  private boolean isSameFile(Path other) {
    try {
      return Files.exists(path) && Files.exists(other) && Files.isSameFile(path, other);
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes the text: replaced whole, or written directly to a device or pipe. */
  public void write(AtomicFile.Content content) throws OutputError {
    try {
      if (direct) {
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(path, StandardOpenOption.WRITE),
            StandardCharsets.UTF_8)) {
          content.write(out);
        }
      } else {
        AtomicFile.write(path, content);
      }
    } catch (IOException e) {
      throw OutputError.writing(shown, e);
    }
  }
}
