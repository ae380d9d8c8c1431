package dk.parat.cli;

/** A mistake the user can fix (exit 2); the message says what is wrong and what to do. */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }
}
