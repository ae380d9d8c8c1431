package dk.parat.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where things stand in a file's text, for messages that name a line. */
public final class Lines {

  private Lines() {}

  /** The 1-based line of the first occurrence of {@code needle}, or 0 when absent. */
  public static int of(String text, String needle) {
    int at = text.indexOf(needle);
    return at < 0 ? 0 : lineAt(text, at);
  }

  /** The 1-based line of the first YAML key {@code key:}, or 0 when absent. */
  public static int ofKey(String text, String key) {
    Matcher m = key(key).matcher(text);
    return m.find() ? lineAt(text, m.start(2)) : 0;
  }

  /**
   * A YAML key {@code key:} in block or flow style; group 2 is the key itself. Only spaces and
   * tabs stand between a line's start and its key: a pattern that let line breaks stand there too
   * would try every blank line of a file against all the rest, which grows with the square of
   * the file.
   */
  public static Pattern key(String key) {
    return Pattern.compile("(?m)(^[ \\t-]*|[{,][ \\t]*)(" + Pattern.quote(key) + ")[ \\t]*:");
  }

  /** The 1-based line of a character offset. */
  public static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
