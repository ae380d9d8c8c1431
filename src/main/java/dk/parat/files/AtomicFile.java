package dk.parat.files;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written whole or not at all: the text goes to a temporary file in the same folder, is
 * forced to disk on {@link #commit}, and then renamed over the target in one step. A reader, a
 * killed process or a power cut sees the old file or the new one, never half of one; a run that
 * fails leaves the last good file.
 */
public final class AtomicFile implements AutoCloseable {

  private final Path target;
  private final Path tmp;
  private final FileChannel channel;
  private final Writer writer;
  private boolean committed;

  private AtomicFile(Path target, Path tmp, FileChannel channel) {
    this.target = target;
    this.tmp = tmp;
    this.channel = channel;
    this.writer = Channels.newWriter(channel, StandardCharsets.UTF_8);
  }

  /** Something that writes a file's text. */
  @FunctionalInterface
  public interface Content {
    void write(Writer out) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    try (AtomicFile file = create(target)) {
      content.write(file.writer());
      file.commit();
    }
  }

  public static void write(Path target, String text) throws IOException {
    write(target, out -> out.write(text));
  }

  public static AtomicFile create(Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    // One fixed name per target: a process killed while writing leaves at most this one file,
    // which the next write takes over. Not Files.createTempFile, whose file only its owner may
    // read: the file keeps the umask's permissions.
    Path tmp = parent.resolve(temporaryName(target));
    return new AtomicFile(target, tmp, FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING));
  }

  /** The name of the temporary file that becomes {@code target}: hidden, beside it. */
  public static String temporaryName(Path target) {
    return "." + target.getFileName() + ".parat-tmp";
  }

  public Writer writer() {
    return writer;
  }

  /** Puts the finished file in the target's place. */
  public void commit() throws IOException {
    writer.flush();
    // Without this the rename can reach the disk before the data, and a power cut leaves an empty file.
    channel.force(true);
    writer.close();
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    committed = true;
    syncFolder(target.toAbsolutePath().getParent());
  }

  /** Throws the text away unless it was committed. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      writer.close();
      Files.deleteIfExists(tmp);
    }
  }

  /** Makes the rename itself durable. Some systems (Windows) cannot open a folder; there the rename is as durable as it gets. */
  private static void syncFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Nothing more can be done on such a system; the data itself is already on disk.
    }
  }
}
