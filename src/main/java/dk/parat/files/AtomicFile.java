package dk.parat.files;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file written whole or not at all: the text goes to a temporary file in the same folder, is
 * forced to disk on {@link #commit}, and then renamed over the target in one step. A reader, a
 * killed process or a power cut sees the old file or the new one, never half of one; a run that
 * fails leaves the last good file.
 *
 * <p>The temporary file has a name no one can guess and is created only if nothing is at that
 * name, never through a link: a link planted in the folder cannot make parat write anywhere
 * else. It is created with the target's permissions (or the umask's for a new file), since
 * changing them afterwards would go through whatever then stands at its name. The rename
 * replaces what is at the target's name, a link included, without following it; callers that
 * write through a link name its final target ({@link OutputFile}).
 */
public final class AtomicFile implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<OpenOption> CREATE = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
      LinkOption.NOFOLLOW_LINKS);
  /** File names are at most 255 bytes; the target's name is cut to leave room for the rest. */
  private static final int NAME_KEPT = 60;
  private static final String SUFFIX = ".parat-tmp";
  private static final Duration ABANDONED = Duration.ofHours(1);
  /** Folders this process has tidied: once is enough, and a batch writes thousands of reports into one. */
  private static final Set<Path> TIDIED = ConcurrentHashMap.newKeySet();

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

  public static AtomicFile create(Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    if (TIDIED.add(parent)) {
      removeAbandoned(parent);
    }
    FileAttribute<?>[] permissions = permissionsOf(target);
    for (int attempt = 1; ; attempt++) {
      Path tmp = parent.resolve(temporaryName(target));
      try {
        return new AtomicFile(target, tmp, TemporaryFiles.RUN.made(tmp, () -> FileChannel.open(tmp, CREATE, permissions)));
      } catch (FileAlreadyExistsException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /**
   * A hidden name beside the target, unpredictable, with the number of the process writing it:
   * {@code .parat.md.4711-3f9c…e1.parat-tmp}.
   */
  static String temporaryName(Path target) {
    byte[] random = new byte[12];
    RANDOM.nextBytes(random);
    return temporaryPrefix(target) + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random) + SUFFIX;
  }

  private static String temporaryPrefix(Path target) {
    String name = target.getFileName().toString();
    return "." + name.substring(0, Math.min(name.length(), NAME_KEPT)) + ".";
  }

  /**
   * Deletes the temporary files in {@code folder} that a killed process left: its process is
   * gone and the file has not changed for an hour (a process of another container, whose number
   * means nothing here, may still be writing a younger one). A shutdown removes its own.
   */
  private static void removeAbandoned(Path folder) {
    Instant old = Instant.now().minus(ABANDONED);
    try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, p -> {
      String name = p.getFileName().toString();
      return name.startsWith(".") && name.endsWith(SUFFIX);
    })) {
      for (Path tmp : found) {
        String name = tmp.getFileName().toString();
        String stem = name.substring(0, name.length() - SUFFIX.length());
        // The name ends in ".<process>-<random>": what comes before is the target's name, dots and all.
        String rest = stem.substring(stem.lastIndexOf('.') + 1);
        int dash = rest.indexOf('-');
        long pid = dash > 0 && rest.substring(0, dash).chars().allMatch(Character::isDigit)
            ? Long.parseLong(rest.substring(0, dash)) : -1;
        BasicFileAttributes attributes = Files.readAttributes(tmp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (pid > 0 && ProcessHandle.of(pid).isEmpty() && attributes.lastModifiedTime().toInstant().isBefore(old)) {
          Files.deleteIfExists(tmp);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Tidying up is a courtesy: a folder that cannot be listed still takes the new file.
    }
  }

  /** The permissions of the file being replaced, so that replacing it keeps who may read it; none for a new file. */
  private static FileAttribute<?>[] permissionsOf(Path target) {
    try {
      PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (old.isRegularFile()) {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(old.permissions())};
      }
    } catch (IOException | UnsupportedOperationException e) {
      // A new file, or a system without POSIX permissions: the defaults apply.
    }
    return new FileAttribute<?>[0];
  }

  public Writer writer() {
    return writer;
  }

  /** Puts the finished file in the target's place. */
  public void commit() throws IOException {
    finish();
    TemporaryFiles.RUN.uninterrupted(() -> {
      place();
      syncFolder(target.toAbsolutePath().getParent());
    });
  }

  /** Writes the text out and forces it to disk, without putting the file in place yet. */
  void finish() throws IOException {
    writer.flush();
    // Without this the rename can reach the disk before the data, and a power cut leaves an empty file.
    channel.force(true);
    writer.close();
  }

  /**
   * The rename of a finished file over its target; part of a set when {@link FileSet} calls it.
   * The caller makes the rename durable ({@link #syncFolder}), once per folder for a set.
   */
  void place() throws IOException {
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    committed = true;
    TemporaryFiles.RUN.remove(tmp);
  }

  Path target() {
    return target;
  }

  /** Throws the text away unless it was committed. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        writer.close();
      } finally {
        Files.deleteIfExists(tmp);
        TemporaryFiles.RUN.remove(tmp);
      }
    }
  }

  /** Makes the rename itself durable. Some systems (Windows) cannot open a folder; there the rename is as durable as it gets. */
  static void syncFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Nothing more can be done on such a system; the data itself is already on disk.
    }
  }
}
