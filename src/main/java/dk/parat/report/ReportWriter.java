package dk.parat.report;

import dk.parat.run.Run;
import java.io.IOException;
import java.io.Writer;

/** Writes a run's results in one output format. */
public interface ReportWriter {

  /** The format's name as given to {@code --format}. */
  String format();

  /** The file name used when writing into {@code --output-dir}. */
  String fileName();

  void write(Run run, Writer out) throws IOException;
}
