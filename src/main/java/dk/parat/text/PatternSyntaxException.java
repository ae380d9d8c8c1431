package dk.parat.text;

/** A checklist pattern that cannot be compiled; the message says what is wrong and how to write it. */
public final class PatternSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  public PatternSyntaxException(String message) {
    super(message);
  }
}
