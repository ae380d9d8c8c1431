package dk.parat.report;

/**
 * Text from plans, file names and checklists made safe to show: a control character (an escape
 * that sets a terminal's title or clears its screen, a bell, a carriage return that overwrites
 * the line) or a bidirectional override (which shows text in another order than it is read) is
 * shown as its code ({@code \\u001b} for an escape) instead of being sent. Line feeds and tabs are text.
 */
public final class Printable {

  private enum Mode { VISIBLE, KEEP_LINE_ENDS, XML }

  private Printable() {}

  /** {@code s} with every control character but line feed and tab shown as its code, such as {@code \\u001b}. */
  public static String visible(String s) {
    return transform(s, Mode.VISIBLE);
  }

  /**
   * As {@link #visible(String)}, but a carriage return right before a line feed passes too: for
   * whole streams, whose lines may end with CR LF (CSV, or any line on Windows). A carriage
   * return on its own, which would send the cursor back over the line, is still shown.
   */
  public static String visibleKeepingLineEnds(String s) {
    return transform(s, Mode.KEEP_LINE_ENDS);
  }

  /**
   * {@code s} with the characters XML 1.0 does not allow removed (XML cannot escape them) and the
   * other control characters shown as by {@link #visible(String)}.
   */
  public static String xml(String s) {
    return transform(s, Mode.XML);
  }

  /** Whether {@link #visible(String)} shows a character as its code (line feed and tab aside). */
  public static boolean shown(char c) {
    return Character.getType(c) == Character.CONTROL || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static String transform(String s, Mode mode) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = replacement(s, i, mode);
      if (replacement == null) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      sb.append(replacement);
    }
    return sb == null ? s : sb.toString();
  }

  /** What stands in the place of the character at {@code i}, or null when it stays as it is. */
  private static String replacement(String s, int i, Mode mode) {
    char c = s.charAt(i);
    if (c == '\n' || c == '\t' || (c == '\r' && (mode == Mode.XML
        || mode == Mode.KEEP_LINE_ENDS && i + 1 < s.length() && s.charAt(i + 1) == '\n'))) {
      return null;
    }
    if (mode == Mode.XML && (c < 0x20 || c == '\uFFFE' || c == '\uFFFF' || loneSurrogate(s, i))) {
      return "";
    }
    return shown(c) ? String.format("\\u%04x", (int) c) : null;
  }

  private static boolean loneSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
  }
}
