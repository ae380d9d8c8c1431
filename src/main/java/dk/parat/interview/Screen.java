package dk.parat.interview;

import dk.parat.checklist.Status;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** The interview's output: styled lines fitted to the terminal's width, in colour unless NO_COLOR or --no-color. */
final class Screen {

  /** The width when the terminal does not tell (a pipe, a dumb terminal). */
  static final int DEFAULT_WIDTH = 80;

  static final AttributedStyle PLAIN = AttributedStyle.DEFAULT;
  static final AttributedStyle BOLD = AttributedStyle.BOLD;
  static final AttributedStyle FAINT = AttributedStyle.DEFAULT.faint();
  static final AttributedStyle ACCENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
  static final AttributedStyle WARNING = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);

  private final Terminal terminal;
  private final boolean colour;

  Screen(Terminal terminal, boolean colour) {
    this.terminal = terminal;
    this.colour = colour;
  }

  int width() {
    int width = terminal.getSize().getColumns();
    return width <= 0 ? DEFAULT_WIDTH : width;
  }

  /** What a string looks like in this terminal: with its escape codes, or plain without colour. */
  String render(AttributedString s) {
    return colour ? s.toAnsi(terminal) : s.toString();
  }

  void print(AttributedString s) {
    terminal.writer().println(render(s));
    terminal.flush();
  }

  void print(AttributedStyle style, String text) {
    print(new AttributedString(text, style));
  }

  void blank() {
    terminal.writer().println();
  }

  /**
   * A text wrapped at word breaks to the terminal's width, every line after the first indented.
   * A no-break space holds a key to its word ("s\u00A0skip") and prints as a space.
   */
  void wrapped(AttributedStyle style, String text, String indent) {
    wrap(text, width() - 1, indent).forEach(line -> print(style, line.replace('\u00A0', ' ')));
  }

  /** A status in its colour: green when the item holds, yellow when half, red when a gap. */
  static AttributedStyle style(Status status) {
    return switch (status) {
      case COVERED, GUARDED -> AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
      case PARTIAL, UNCLEAR -> AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
      case MISSING, EXPOSED -> AttributedStyle.BOLD.foreground(AttributedStyle.RED);
      case NOT_APPLICABLE -> FAINT;
    };
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
