package dk.parat.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The file names of the plans' own reports in an output folder: named after the plan, and never
 * the plan's own name, so that a report written beside its plan cannot replace it.
 */
public final class ReportFiles {

  private ReportFiles() {}

  /**
   * One name per plan, in order: {@code skaermbesoeg.report.html}; plans that share a name but
   * for the ending keep their ending ({@code skaermbesoeg-docx.report.html}), and any still alike
   * get a number.
   *
   * @param extension the report's ending with its dot
   */
  public static List<String> names(List<String> planPaths, String extension) {
    Map<String, Long> stems = planPaths.stream().collect(Collectors.groupingBy(p -> key(stem(p)), Collectors.counting()));
    Set<String> taken = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (String path : planPaths) {
      String file = Path.of(path).getFileName().toString();
      String stem = stem(path);
      int dot = file.lastIndexOf('.');
      String name = stems.get(key(stem)) > 1 && dot > 0 ? stem + "-" + safe(file.substring(dot + 1)) : stem;
      String base = name;
      for (int n = 2; taken.contains(key(name)); n++) {
        name = base + "-" + n;
      }
      taken.add(key(name));
      names.add(name + ".report" + extension);
    }
    return names;
  }

  private static String stem(String path) {
    String file = Path.of(path).getFileName().toString();
    int dot = file.lastIndexOf('.');
    return safe(dot > 0 ? file.substring(0, dot) : file);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** A file name as a relative link, its special characters percent-encoded. */
  public static String link(String fileName) {
    try {
      return new URI(null, null, fileName, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(fileName, e);
    }
  }

  private static String safe(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
  }
}
