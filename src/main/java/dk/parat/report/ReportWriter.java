package dk.parat.report;

import dk.parat.run.Run;
import java.io.IOException;
import java.io.Writer;

/** Writes a run's results in one output format. */
public interface ReportWriter {

  /** The format this writer writes: its name, file name and what it reports. */
  ReportFormat format();

  void write(Run run, Writer out) throws IOException;

}
