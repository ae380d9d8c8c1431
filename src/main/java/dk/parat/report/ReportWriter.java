package dk.parat.report;

import dk.parat.scoring.PlanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes scored plans in one output format. */
public interface ReportWriter {

  /** The format's name as given to {@code --format}. */
  String format();

  void write(List<PlanResult> results, Writer out) throws IOException;
}
