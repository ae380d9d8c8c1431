package dk.parat.portfolio;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Globs that pick files, read the way {@code .gitignore} reads them: a glob without '/' matches
 * any one name on the path ({@code drafts} leaves out a folder, {@code *.bak.md} a kind of
 * file); a glob with '/' matches the whole path from the base folder ({@code plans/2024/**}).
 */
public final class PathFilter {

  private final Path base;
  private final List<String> globs;
  private final List<PathMatcher> matchers;

  /** @param base the folder paths are read from: the working folder, or the config file's */
  public PathFilter(Path base, List<String> globs) {
    this.base = base.toAbsolutePath().normalize();
    this.globs = List.copyOf(globs);
    this.matchers = globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
  }

  public boolean isEmpty() {
    return globs.isEmpty();
  }

  /** Whether one of the globs matches the file. */
  public boolean matches(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    for (int i = 0; i < globs.size(); i++) {
      PathMatcher matcher = matchers.get(i);
      if (globs.get(i).contains("/")) {
        if (matcher.matches(relative)) {
          return true;
        }
        continue;
      }
      for (Path name : relative) {
        if (matcher.matches(name)) {
          return true;
        }
      }
    }
    return false;
  }
}
