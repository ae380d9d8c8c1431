package dk.parat.interview;

import dk.parat.report.Printable;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Styled lines fitted to a width, made without a terminal: what the interview's view writes and
 * its screen prints, so that what a consultant sees can be tested as plain text.
 */
final class Page {

  private final int width;
  private final List<AttributedString> lines = new ArrayList<>();

  Page(int width) {
    this.width = width;
  }

  int width() {
    return width;
  }

  List<AttributedString> lines() {
    return List.copyOf(lines);
  }

  void print(AttributedString line) {
    lines.add(line);
  }

  /** A line of text; a control character in it (from the plan or a file name) shows as its code. */
  void print(AttributedStyle style, String text) {
    print(new AttributedString(Printable.visible(text), style));
  }

  void blank() {
    lines.add(AttributedString.EMPTY);
  }

  /**
   * A text wrapped at word breaks to the width, every line after the first indented. A no-break
   * space holds a key to its word ("s\u00A0skip") and prints as a space.
   */
  void wrapped(AttributedStyle style, String text, String indent) {
    wrap(Printable.visible(text), width - 1, indent).forEach(line -> print(style, line.replace('\u00A0', ' ')));
  }

  /** A line cut to the width, with an ellipsis where it was cut. */
  static String fit(String text, int width) {
    return text.codePointCount(0, text.length()) <= width ? text
        : text.substring(0, text.offsetByCodePoints(0, Math.max(0, width - 1))) + "…";
  }

  /** Words to lines of at most {@code width}, a longer word on a line of its own; the text's own indent stays. */
  static List<String> wrap(String text, int width, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(text.substring(0, text.length() - text.stripLeading().length()));
    boolean empty = true;
    for (String word : text.strip().split("\\s+")) {
      if (!empty && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }
}
