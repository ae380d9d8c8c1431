package dk.parat.files;

import java.io.IOException;

/**
 * An output that cannot be written where it was asked to go: a folder, one of the run's inputs,
 * a folder without write permission, a full disk. The message names the file and says what to do;
 * the file that was there before is left as it was.
 */
public final class OutputError extends IOException {
  private static final long serialVersionUID = 1L;

  public OutputError(String message) {
    super(message);
  }

  /** An operating-system failure writing {@code shown}, said in words. */
  static OutputError writing(String shown, IOException e) {
    if (e instanceof OutputError known) {
      return known;
    }
    String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.NoSuchFileException ? "a folder on its path does not exist"
        : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new OutputError(shown + ": cannot be written (" + why + "); choose a place you can write to");
  }
}
