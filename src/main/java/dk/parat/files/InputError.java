package dk.parat.files;

/**
 * An input that cannot be used: a plan, an answers file, a waiver, a file at a git revision. The
 * message names the file (and line when known) and says what to do.
 */
public final class InputError extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String reason;

  public InputError(String file, int line, String message) {
    super((line > 0 ? file + ":" + line : file) + ": " + message);
    this.file = file;
    this.line = line;
    this.reason = message;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  /** The message without the file and line. */
  public String reason() {
    return reason;
  }
}
