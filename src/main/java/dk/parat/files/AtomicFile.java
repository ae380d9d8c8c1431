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
 * Writes a whole file or nothing: the text goes to a temporary file in the same folder, is
 * forced to disk, and then renamed over the target in one step. A reader, a killed process or
 * a power cut sees the old file or the new one, never half of one.
 */
public final class AtomicFile {

  private AtomicFile() {}

  /** Something that writes a file's text. */
  @FunctionalInterface
  public interface Content {
    void write(Writer out) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".parat-", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
          Writer w = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
        content.write(w);
        w.flush();
        // Without this the rename can reach the disk before the data, and a power cut leaves an empty file.
        channel.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      syncFolder(parent);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  public static void write(Path target, String text) throws IOException {
    write(target, out -> out.write(text));
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
