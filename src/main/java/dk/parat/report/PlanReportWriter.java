package dk.parat.report;

import dk.parat.run.Run;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A report people read, one per plan: into {@code --output-dir} each plan's report goes under its
 * own name, with an index beside them when the run had several plans.
 */
public interface PlanReportWriter extends ReportWriter {

  /**
   * The page that lists the run's reports, each plan's under the file name at the same index in
   * {@code files}, and the plans that could not be read.
   */
  void writeIndex(Run run, List<String> files, Writer out) throws IOException;
}
