package dk.parat.plan.read;

/**
 * Scanning a line of plan text by hand, where a regular expression would backtrack over long
 * runs of spaces, digits or dots (and recurse on a repeated group) for a time that grows with
 * the square of the line. Spaces and digits are those of {@code \s} and {@code \d} in a regular
 * expression: space, tab, line and page breaks; 0 to 9.
 */
public final class LineScan {

  private LineScan() {}

  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The first index at or after {@code from} that is no space. */
  public static int skipSpaces(String s, int from) {
    int at = from;
    while (at < s.length() && isSpace(s.charAt(at))) {
      at++;
    }
    return at;
  }

  /** The end of {@code s} with trailing spaces left off, but not before {@code from}. */
  public static int trimSpaces(String s, int from) {
    int end = s.length();
    while (end > from && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The last index at or before {@code end} that follows no space: where the text before {@code end} ends. */
  public static int skipSpacesBack(String s, int end) {
    int at = end;
    while (at > 0 && isSpace(s.charAt(at - 1))) {
      at--;
    }
    return at;
  }

  /** An ASCII digit, as {@code \d} in a regular expression. */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The first index at or after {@code from} that is no ASCII digit. */
  public static int skipDigits(String s, int from) {
    int at = from;
    while (at < s.length() && isDigit(s.charAt(at))) {
      at++;
    }
    return at;
  }
}
