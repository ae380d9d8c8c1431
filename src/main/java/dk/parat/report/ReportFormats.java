package dk.parat.report;

import java.util.List;
import java.util.Optional;

/** The report formats parat writes, each registered once, in the order help texts list them. */
public final class ReportFormats {

  public static final List<ReportFormat> ALL = List.of(MarkdownReport.FORMAT, HtmlReport.FORMAT, CsvReport.FORMAT, JsonReport.FORMAT,
      SarifReport.FORMAT, JunitReport.FORMAT, GithubReport.FORMAT);

  private ReportFormats() {}

  /** The format {@code --format} names, by its name or an alias. */
  public static Optional<ReportFormat> find(String name) {
    return ALL.stream().filter(f -> f.isCalled(name)).findFirst();
  }

  public static List<String> names() {
    return ALL.stream().map(ReportFormat::name).toList();
  }
}
