package dk.parat.files;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files in one folder that belong together, as a batch's tables, reports and the plans' own
 * reports do: each is written to a temporary file of its own, and {@link #commit} puts them all
 * in place at once, with no shutdown between the first and the last rename. Until then the folder
 * holds the previous set untouched; an interrupted or failed run leaves it so, and leaves no
 * temporary file.
 */
public final class FileSet implements AutoCloseable {

  private final Path folder;
  private final Map<String, AtomicFile> files = new LinkedHashMap<>();
  private final List<Path> paths = new ArrayList<>();
  /** Folders made for added files, deepest last; removed again if the set is not put in place. */
  private final List<Path> madeFolders = new ArrayList<>();
  private boolean committed;

  private FileSet(Path folder) {
    this.folder = folder;
  }

  /**
   * Opens the files {@code names} in {@code folder}. A folder at one of the names, or one of the
   * run's inputs, is refused before anything is written.
   */
  public static FileSet open(Path folder, List<String> names, Collection<Path> inputs) throws IOException {
    for (String name : names) {
      OutputFile.inFolder(folder.resolve(name), folder.resolve(name).toString()).refuseInputs(inputs, "a plan");
    }
    FileSet set = new FileSet(folder);
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

  /**
   * Adds a file whose whole text is at hand ({@code reports/plan.html}): written now and closed,
   * so that thousands of them hold no file open, and put in place with the rest.
   */
  public void add(String name, AtomicFile.Content content) throws IOException {
    Path path = folder.resolve(name);
    OutputFile.inFolder(path, path.toString());
    makeFolders(path.toAbsolutePath().getParent());
    AtomicFile file = AtomicFile.create(path);
    files.put(name, file);
    try {
      content.write(file.writer());
      file.finish();
    } catch (IOException | RuntimeException e) {
      throw OutputError.writing(path.toString(), e instanceof IOException io ? io : new IOException(e));
    }
  }

  /** The final paths of the files named when the set was opened, in their order. */
  public List<Path> paths() {
    return List.copyOf(paths);
  }

  /** Forces every file to disk, then renames them all into place as one step that a shutdown waits for. */
  public void commit() throws IOException {
    for (Path path : paths) {
      files.get(folder.relativize(path).toString()).finish();
    }
    TemporaryFiles.RUN.uninterrupted(() -> {
      Set<Path> folders = new LinkedHashSet<>();
      for (AtomicFile file : files.values()) {
        file.place();
        folders.add(file.target().toAbsolutePath().getParent());
      }
      folders.forEach(AtomicFile::syncFolder);
      madeFolders.forEach(TemporaryFiles.RUN::keepFolder);
      committed = true;
    });
  }

  /** Makes the folders missing above a file, each watched until the set is in place. */
  private void makeFolders(Path parent) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = parent; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      TemporaryFiles.RUN.madeFolder(p);
      madeFolders.add(p);
    }
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
    if (!committed) {
      for (int i = madeFolders.size() - 1; i >= 0; i--) {
        TemporaryFiles.RUN.removeFolder(madeFolders.get(i));
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
