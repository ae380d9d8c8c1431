package dk.parat.answers;

import dk.parat.files.InputError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An interview's hold on an answers file. Two interviews on one plan would each write their own
 * answers over the other's, and each tell its consultant "saved"; so while one holds the file, a
 * second is refused with who holds it since when.
 *
 * <p>The hold is the operating system's lock on a hidden file beside the answers file,
 * {@code .<answers>.lock}, which holds who took it. The system lets go of the lock when the process
 * ends, however it ends, so a killed interview never blocks the next; the file is removed when
 * the interview ends, and a file left by a killed one is taken over. A process loses such a lock
 * when it closes any handle on the file, so the holder never opens the file a second time, and
 * interviews in one process are told apart without touching it.
 */
public final class AnswersLock implements AutoCloseable {

  /** How often a lock file replaced while it was being locked is tried again before giving up. */
  private static final int ATTEMPTS = 5;
  /** The lock files this process holds. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;

  private AnswersLock(Path path, FileChannel channel, FileLock lock) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
  }

  private static Path lockFile(Path answersFile) {
    return answersFile.resolveSibling("." + answersFile.getFileName() + ".lock");
  }

  /**
   * Takes the hold on {@code answersFile} for an interview by {@code who}.
   *
   * @param name the answers file as the user knows it, for the message
   * @throws InputError when another interview holds it, or the folder cannot hold a lock file
   */
  public static AnswersLock take(Path answersFile, String name, String who) throws InputError {
    Path path = lockFile(answersFile).toAbsolutePath().normalize();
    if (!HELD.add(path)) {
      throw busy(name, "in this process");
    }
    try {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        AnswersLock taken = attempt(path, name, who);
        if (taken != null) {
          return taken;
        }
      }
      throw new InputError(name, 0, "is being opened and closed by other interviews at the same time; try again");
    } catch (IOException e) {
      HELD.remove(path);
      throw new InputError(name, 0, "cannot be locked for the interview (" + e.getMessage()
          + "); check that its folder is writable");
    } catch (InputError | RuntimeException e) {
      HELD.remove(path);
      throw e;
    }
  }

  /**
   * One try: the lock on the file that stands at the path before and after locking, or null when
   * the file was replaced meanwhile (a holder letting go removes it, and a lock on a removed file
   * holds nothing). Files are told apart by their identity on disk, read without opening them.
   */
  private static AnswersLock attempt(Path path, String name, String who) throws IOException, InputError {
    try (FileChannel created = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS)) {
      // Made to exist, so that its identity can be read before it is opened to be locked.
    }
    Object before = identity(path);
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw busy(name, holderOf(path));
    }
    if (before == null || !before.equals(identity(path))) {
      channel.close();
      return null;
    }
    String holder = who + " since " + DateTimeFormatter.ISO_LOCAL_TIME.format(LocalTime.now().truncatedTo(ChronoUnit.SECONDS))
        + ", process " + ProcessHandle.current().pid();
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(true);
    return new AnswersLock(path, channel, lock);
  }

  /** The file's identity on disk (device and inode on Unix), or null when there is none at the path. */
  private static Object identity(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static InputError busy(String name, String holder) {
    return new InputError(name, 0, "is open in another interview (" + holder + "); finish that one first, since two "
        + "interviews on one plan would write over each other's answers");
  }

  /** Who holds the lock, as the holder wrote it; read only by a process that holds no lock on the file. */
  private static String holderOf(Path path) throws IOException {
    try {
      String holder = Files.readString(path, StandardCharsets.UTF_8).strip();
      return holder.isEmpty() ? "who is not known" : holder;
    } catch (NoSuchFileException e) {
      return "who is not known";
    }
  }

  /** Lets go: the lock file goes first, so that the next interview takes a file of its own. */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(path);
    } finally {
      try {
        lock.release();
        channel.close();
      } finally {
        HELD.remove(path);
      }
    }
  }
}
