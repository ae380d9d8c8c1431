package dk.parat.files;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files in one folder that belong together, as a batch's tables and report do: each is written
 * to a temporary file of its own, and {@link #commit} puts them all in place at once, with no
 * shutdown between the first and the last rename. Until then the folder holds the previous set
 * untouched; an interrupted or failed run leaves it so, and leaves no temporary file.
 */
public final class FileSet implements AutoCloseable {

  private final Map<String, AtomicFile> files = new LinkedHashMap<>();
  private final List<Path> paths = new ArrayList<>();

  private FileSet() {}

  /**
   * Opens the files {@code names} in {@code folder}. A folder at one of the names, or one of the
   * run's inputs, is refused before anything is written.
   */
  public static FileSet open(Path folder, List<String> names, Collection<Path> inputs) throws IOException {
    for (String name : names) {
      OutputFile.inFolder(folder.resolve(name), folder.resolve(name).toString()).refuseInputs(inputs, "a plan");
    }
    FileSet set = new FileSet();
    try {
      for (String name : names) {
        Path path = folder.resolve(name);
        set.files.put(name, AtomicFile.create(path));
        set.paths.add(path);
      }
    } catch (IOException | RuntimeException e) {
      set.close();
      throw OutputError.writing(folder.toString(), e instanceof IOException io ? io : new IOException(e));
    }
    return set;
  }

  public Writer writer(String name) {
    return files.get(name).writer();
  }

  /** The files' final paths, in the order they were named. */
  public List<Path> paths() {
    return List.copyOf(paths);
  }

  /** Forces every file to disk, then renames them all into place as one step that a shutdown waits for. */
  public void commit() throws IOException {
    for (AtomicFile file : files.values()) {
      file.finish();
    }
    TemporaryFiles.uninterrupted(() -> {
      for (AtomicFile file : files.values()) {
        file.place();
      }
    });
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (AtomicFile file : files.values()) {
      try {
        file.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
