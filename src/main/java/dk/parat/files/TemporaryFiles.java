package dk.parat.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The temporary files and folders a process is writing. A shutdown (Ctrl-C, SIGTERM, the end of
 * the run) removes those still here, so that an interrupted run leaves nothing behind; and it
 * waits for outputs being put in place, so that an interruption never leaves half a set.
 */
final class TemporaryFiles {

  /** This process's, removed by its shutdown. */
  static final TemporaryFiles RUN = new TemporaryFiles();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(RUN::removeAll, "parat-temporary-files"));
  }

  private final Set<Path> live = ConcurrentHashMap.newKeySet();
  /** Folders made for temporary files, removed after them when they are empty again; the last made first. */
  private final Deque<Path> folders = new ConcurrentLinkedDeque<>();
  /**
   * Held while a temporary file or folder is made, while outputs are put in place, and while the
   * shutdown removes what is left: the run goes on while a shutdown runs, and a file it made
   * meanwhile would be left behind.
   */
  private final Object lock = new Object();
  private boolean stopping;

  /** Something that makes a file or folder. */
  @FunctionalInterface
  interface Making<T> {
    T make() throws IOException;
  }

  /** Something done to files that must run to its end once begun, or not begin. */
  @FunctionalInterface
  interface Placing {
    void run() throws IOException;
  }

  /** Makes a temporary file and watches it, unless the process is stopping. */
  <T> T made(Path path, Making<T> making) throws IOException {
    synchronized (lock) {
      refuseWhenStopping();
      T made = making.make();
      live.add(path);
      return made;
    }
  }

  /** Makes a folder for temporary files and watches it, unless the process is stopping. */
  void madeFolder(Path folder) throws IOException {
    synchronized (lock) {
      refuseWhenStopping();
      Files.createDirectory(folder);
      folders.push(folder);
    }
  }

  private void refuseWhenStopping() throws IOException {
    if (stopping) {
      throw new IOException("parat is stopping");
    }
  }

  /** The file was put in place or deleted: it is no longer watched. */
  void remove(Path path) {
    live.remove(path);
  }

  /** Removes the folder, made for temporary files, if it is empty; it is no longer watched. */
  void removeFolder(Path folder) {
    folders.remove(folder);
    try {
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // Not empty: it holds more than parat put there, and stays.
    }
  }

  /** The folder now holds files put in place: it stays. */
  void keepFolder(Path folder) {
    folders.remove(folder);
  }

  /**
   * Runs {@code action} to its end: a shutdown that arrives meanwhile waits for it. For the few
   * renames that put finished outputs in place.
   */
  void uninterrupted(Placing action) throws IOException {
    synchronized (lock) {
      refuseWhenStopping();
      action.run();
    }
  }

  /** The shutdown: removes what is left, and lets nothing new be made. */
  void removeAll() {
    synchronized (lock) {
      stopping = true;
      for (Path path : live) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          // The process is ending; a file that cannot be deleted now cannot be deleted later either.
        }
      }
      for (Path folder : folders) {
        removeFolder(folder);
      }
    }
  }
}
