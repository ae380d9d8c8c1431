package dk.parat.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The temporary files this process is writing. A shutdown (Ctrl-C, SIGTERM, the
 * end of the run) removes those still here, so that an interrupted run leaves nothing behind;
 * and it waits for outputs being put in place, so that an interruption never leaves half a set.
 */
public final class TemporaryFiles {

  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
  /** Folders made for temporary files, removed after them when they are empty again; the deepest last made. */
  private static final Deque<Path> FOLDERS = new ConcurrentLinkedDeque<>();
  /** Held while outputs are put in place and while the shutdown removes what is left. */
  private static final Object PLACING = new Object();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::removeAll, "parat-temporary-files"));
  }

  private TemporaryFiles() {}

  /** An action on files that must run to its end once begun. */
  @FunctionalInterface
  public interface Placing {
    void run() throws IOException;
  }

  static void add(Path path) {
    LIVE.add(path);
  }

  static void remove(Path path) {
    LIVE.remove(path);
  }

  static void addFolder(Path folder) {
    FOLDERS.push(folder);
  }

  /** Removes the folder, made for temporary files, if it is empty; it is no longer watched. */
  static void removeFolder(Path folder) {
    FOLDERS.remove(folder);
    try {
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // Not empty: it holds more than parat put there, and stays.
    }
  }

  /** The folder now holds files put in place: it stays. */
  static void keepFolder(Path folder) {
    FOLDERS.remove(folder);
  }

  /**
   * Runs {@code action} to its end: a shutdown that arrives meanwhile waits for it. For the few
   * renames that put finished outputs in place.
   */
  public static void uninterrupted(Placing action) throws IOException {
    synchronized (PLACING) {
      action.run();
    }
  }

  static void removeAll() {
    synchronized (PLACING) {
      for (Path path : LIVE) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          // The process is ending; a file that cannot be deleted now cannot be deleted later either.
        }
      }
      for (Path folder : FOLDERS) {
        removeFolder(folder);
      }
    }
  }
}
