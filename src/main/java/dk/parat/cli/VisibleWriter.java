package dk.parat.cli;

import dk.parat.report.Printable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard output and standard error as parat writes to them: a control character that reaches
 * them from a plan, a file name, a checklist or an option (an escape that retitles or clears the
 * terminal) is shown as its code, {@link Printable#visibleKeepingLineEnds}, whatever the command.
 */
final class VisibleWriter extends FilterWriter {

  private VisibleWriter(Writer out) {
    super(out);
  }

  /** {@code out} behind the filter, flushing at every line as the streams it stands for do. */
  static PrintWriter of(PrintWriter out) {
    return new PrintWriter(new VisibleWriter(out), true);
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c));
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    write(new String(chars, off, len));
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    out.write(Printable.visibleKeepingLineEnds(s.substring(off, off + len)));
  }
}
