package dk.parat.portfolio;

import dk.parat.files.InputError;
import dk.parat.files.InputFile;
import dk.parat.run.Run;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the plans a batch names: files, folders (walked through, following links), globs such
 * as {@code plans/**.md}, and {@code @list.txt} files that name one of those per line. In
 * folders and globs only files with a plan ending count, hidden files and folders are passed
 * over, and the filters apply; a file named outright is always read. What cannot be walked
 * (a link that loops, a folder that cannot be opened, a link to nothing) is a failure with its
 * path and reason, and the search goes on.
 */
public final class PlanFinder {

  private static final String GLOB_CHARS = "*?[{";
  /** A list of a hundred thousand paths. */
  private static final long MAX_LIST_BYTES = 16L * 1024 * 1024;

  private final Path workingDir;
  private final List<String> extensions;
  private final PathFilter include;
  private final List<PathFilter> exclude;
  private final Path skip;

  /** A plan file to read, and its path as reports show it. */
  public record PlanFile(Path file, String name) {}

  /**
   * The plans found, in path order, and what could not be searched.
   *
   * @param passedOver the files in the folders and globs that are no plans (answers files, checklists,
   *     fixtures: {@link NotAPlan})
   */
  public record Found(List<PlanFile> plans, List<Run.Unreadable> failures, List<String> passedOver) {}

  /**
   * @param include globs of which a found file must match one; empty for every file
   * @param exclude globs that leave a found file (or a whole folder) out
   * @param skip a folder never searched (where the batch writes its outputs), or null
   */
  public PlanFinder(Path workingDir, List<String> extensions, PathFilter include, List<PathFilter> exclude, Path skip) {
    this.workingDir = workingDir;
    this.extensions = List.copyOf(extensions);
    this.include = include;
    this.exclude = List.copyOf(exclude);
    this.skip = skip == null ? null : workingDir.resolve(skip).toAbsolutePath().normalize();
  }

  public Found find(List<String> arguments) {
    Search search = new Search();
    for (String argument : arguments) {
      if (argument.startsWith("@")) {
        list(argument.substring(1), search);
      } else {
        path(argument, search);
      }
    }
    return search.result();
  }

  private void list(String listFile, Search search) {
    List<String> lines;
    try {
      lines = InputFile.readText(workingDir.resolve(listFile), listFile, MAX_LIST_BYTES, "lists of plans").lines().toList();
    } catch (NoSuchFileException e) {
      search.fail(listFile, "no such list file; @FILE names a file with one plan, folder or glob per line");
      return;
    } catch (InputError e) {
      search.fail(listFile, e.reason());
      return;
    } catch (IOException e) {
      search.fail(listFile, "the list cannot be read (" + reason(e) + ")");
      return;
    }
    for (String line : lines) {
      String entry = line.strip();
      if (!entry.isEmpty() && !entry.startsWith("#")) {
        path(entry, search);
      }
    }
  }

  private void path(String argument, Search search) {
    int glob = firstGlobChar(argument);
    if (glob >= 0) {
      glob(argument, glob, search);
      return;
    }
    Path path = workingDir.resolve(argument);
    if (Files.isDirectory(path)) {
      walk(Path.of(argument), path, null, search);
    } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      search.plan(path, Path.of(argument).normalize().toString());
    } else {
      search.fail(argument, "no such file or folder; check the path (it is read relative to "
          + workingDir.toAbsolutePath().normalize() + ")");
    }
  }

  /** A glob: the folder before its first wildcard is walked, and the files whose path matches are taken. */
  private void glob(String argument, int firstGlobChar, Search search) {
    int slash = argument.lastIndexOf('/', firstGlobChar);
    String base = slash < 0 ? "" : argument.substring(0, slash + 1);
    Path start = workingDir.resolve(base.isEmpty() ? "." : base);
    if (!Files.isDirectory(start)) {
      search.fail(argument, "the glob's folder '" + (base.isEmpty() ? "." : base) + "' does not exist");
      return;
    }
    var matcher = start.getFileSystem().getPathMatcher("glob:" + argument);
    walk(Path.of(base), start, matcher, search);
  }

  private void walk(Path shown, Path start, java.nio.file.PathMatcher glob, Search search) {
    Path root = start.toAbsolutePath().normalize();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
          return hidden || dir.equals(skip) || excluded(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = shown.resolve(root.relativize(file)).normalize().toString();
          if (file.getFileName().toString().startsWith(".") || !isPlan(name)
              || (glob != null && !glob.matches(Path.of(name))) || excluded(file)
              || (!include.isEmpty() && !include.matches(file))) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isSymbolicLink()) {
            search.fail(name, "is a symbolic link to a file that does not exist");
          } else if (!attrs.isRegularFile()) {
            search.fail(name, "is not a regular file (a device or a pipe); plans are files");
          } else if (NotAPlan.kind(file).isPresent()) {
            search.passOver(name);
          } else {
            search.plan(file, name);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          String name = shown.resolve(root.relativize(file)).normalize().toString();
          if (e instanceof FileSystemLoopException) {
            search.fail(name, "is a symbolic link that loops back to a folder above it; it is not followed");
          } else {
            search.fail(name, "cannot be searched (" + reason(e) + ")");
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      search.fail(shown.toString(), "cannot be searched (" + reason(e) + ")");
    }
  }

  private boolean excluded(Path path) {
    return exclude.stream().anyMatch(f -> f.matches(path));
  }

  private boolean isPlan(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(lower::endsWith);
  }

  private static int firstGlobChar(String argument) {
    for (int i = 0; i < argument.length(); i++) {
      if (GLOB_CHARS.indexOf(argument.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String reason(IOException e) {
    return e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** What a search has found so far: each path once, whichever argument named it first. */
  private static final class Search {
    private final Map<String, PlanFile> plans = new LinkedHashMap<>();
    private final Map<String, Run.Unreadable> failures = new LinkedHashMap<>();
    private final Set<String> passedOver = new TreeSet<>();

    void plan(Path file, String name) {
      plans.putIfAbsent(name, new PlanFile(file, name));
    }

    void passOver(String name) {
      passedOver.add(name);
    }

    void fail(String name, String reason) {
      failures.putIfAbsent(name, new Run.Unreadable(name, name + ": " + reason));
    }

    Found result() {
      return new Found(plans.values().stream().sorted(Comparator.comparing(PlanFile::name)).toList(),
          failures.values().stream().sorted(Comparator.comparing(Run.Unreadable::path)).toList(),
          List.copyOf(passedOver));
    }
  }
}
