package dk.parat.plan;

/** A plan that cannot be read; the message names the file (and line when known) and what to do. */
public final class PlanReadException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  public PlanReadException(String file, int line, String message) {
    super((line > 0 ? file + ":" + line : file) + ": " + message);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }
}
