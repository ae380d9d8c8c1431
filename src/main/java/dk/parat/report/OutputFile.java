package dk.parat.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * A report file written whole or not at all: the text goes to a temporary file beside the
 * target, which takes the target's place on {@link #commit}. A reader never sees half a report,
 * and a run that fails leaves the last good one.
 */
public final class OutputFile implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path tmp;
  private final BufferedWriter writer;
  private boolean committed;

  private OutputFile(Path target, Path tmp, BufferedWriter writer) {
    this.target = target;
    this.tmp = tmp;
    this.writer = writer;
  }

  public static OutputFile create(Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    // Not Files.createTempFile, whose file only its owner may read: a report keeps the umask's permissions.
    while (true) {
      Path tmp = parent.resolve(".parat-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        Files.createFile(tmp);
        return new OutputFile(target, tmp, Files.newBufferedWriter(tmp, StandardCharsets.UTF_8));
      } catch (FileAlreadyExistsException e) {
        // Taken by another run writing into the same folder: draw another name.
      }
    }
  }

  public Writer writer() {
    return writer;
  }

  /** Puts the finished file in the target's place. */
  public void commit() throws IOException {
    writer.close();
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    committed = true;
  }

  /** Throws the text away unless it was committed. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      writer.close();
      Files.deleteIfExists(tmp);
    }
  }
}
