package dk.parat.portfolio;

import java.io.PrintWriter;

/** How a batch shows that it is getting on, and the problems it meets on the way. */
public interface Progress extends AutoCloseable {

  /** The plans are found: this many are to be read. */
  void start(int plans);

  /** One more plan done. */
  void step();

  /** Prints a line, such as a plan that could not be read, without breaking a bar. */
  void println(String line);

  @Override
  void close();

  /** No bar: lines go straight to the stream (standard error when it is no terminal, or with --quiet). */
  static Progress lines(PrintWriter err) {
    return new Progress() {
      @Override
      public void start(int plans) {}

      @Override
      public void step() {}

      @Override
      public void println(String line) {
        err.println(line);
      }

      @Override
      public void close() {
        err.flush();
      }
    };
  }
}
