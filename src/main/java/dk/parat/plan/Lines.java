package dk.parat.plan;

/** Finds the line of a text, for messages that name where a problem stands. */
final class Lines {

  private Lines() {}

  /** The 1-based line of the first occurrence of {@code needle}, or 0 when absent. */
  static int of(String text, String needle) {
    int at = text.indexOf(needle);
    if (at < 0) {
      return 0;
    }
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
