package dk.parat.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The file names of the plans' own reports in an output folder: named after the plan, and never
 * the plan's own name, so that a report written beside its plan cannot replace it.
 */
public final class ReportFiles {

  private ReportFiles() {}

  /**
   * One name per plan, in order: {@code skaermbesoeg.report.html}; a plan whose name is taken
   * keeps its own ending ({@code skaermbesoeg-docx.report.html}), then gets a number.
   *
   * @param extension the report's ending with its dot
   */
  public static List<String> names(List<String> planPaths, String extension) {
    Set<String> taken = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (String path : planPaths) {
      String file = Path.of(path).getFileName().toString();
      int dot = file.lastIndexOf('.');
      String stem = safe(dot > 0 ? file.substring(0, dot) : file);
      String name = stem;
      if (taken.contains(name.toLowerCase(java.util.Locale.ROOT)) && dot > 0) {
        name = stem + "-" + safe(file.substring(dot + 1));
      }
      String base = name;
      for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
        name = base + "-" + n;
      }
      taken.add(name.toLowerCase(java.util.Locale.ROOT));
      names.add(name + ".report" + extension);
    }
    return names;
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
