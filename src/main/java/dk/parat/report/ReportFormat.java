package dk.parat.report;

import java.util.List;
import java.util.function.Function;

/**
 * A report format as the command line knows it. Each writer declares its own as a constant and
 * {@link ReportFormats#ALL} registers it, so a new format is one new class and one line there.
 *
 * @param name the name given to {@code --format} and {@code -o FORMAT=FILE}
 * @param fileName the file written into {@code --output-dir}; for a {@link PlanReportWriter}, its
 *     ending is that of each plan's report
 * @param reportsUnreadable whether the format has a place for plans that could not be read (an
 *     error test case, an annotation), so that it is written even when no plan was scored
 * @param writer makes the format's writer for a run
 * @param aliases other names {@code --format} accepts
 */
public record ReportFormat(String name, String fileName, boolean reportsUnreadable,
    Function<ReportOptions, ReportWriter> writer, List<String> aliases) {

  public ReportFormat {
    aliases = List.copyOf(aliases);
  }

  public ReportFormat(String name, String fileName, boolean reportsUnreadable, Function<ReportOptions, ReportWriter> writer) {
    this(name, fileName, reportsUnreadable, writer, List.of());
  }

  /** The file ending of the format's files, with its dot. */
  public String extension() {
    return fileName.substring(fileName.lastIndexOf('.'));
  }

  boolean isCalled(String given) {
    return name.equals(given) || aliases.contains(given);
  }
}
