package dk.parat.interview;

import dk.parat.report.Printable;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** The interview's terminal output: pages and lines at the terminal's width, in colour unless NO_COLOR or --no-color. */
final class Screen {

  /** The width when the terminal does not tell (a pipe, a dumb terminal). */
  static final int DEFAULT_WIDTH = 80;

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

  /** An empty page at this terminal's width. */
  Page page() {
    return new Page(width());
  }

  /** What a string looks like in this terminal: with its escape codes, or plain without colour. */
  String render(AttributedString s) {
    return colour ? s.toAnsi(terminal) : s.toString();
  }

  void show(Page page) {
    page.lines().forEach(line -> terminal.writer().println(render(line)));
    terminal.flush();
  }

  void print(AttributedStyle style, String text) {
    terminal.writer().println(render(new AttributedString(Printable.visible(text), style)));
    terminal.flush();
  }

  void blank() {
    terminal.writer().println();
  }

  /** A message wrapped to the width. */
  void wrapped(AttributedStyle style, String text, String indent) {
    Page page = page();
    page.wrapped(style, text, indent);
    show(page);
  }
}
