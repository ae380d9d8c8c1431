package dk.parat.interview;

import dk.parat.checklist.Status;
import org.jline.utils.AttributedStyle;

/** The interview's styles; a terminal without colour, or with NO_COLOR, shows them plain. */
final class Styles {

  static final AttributedStyle PLAIN = AttributedStyle.DEFAULT;
  static final AttributedStyle BOLD = AttributedStyle.BOLD;
  static final AttributedStyle FAINT = AttributedStyle.DEFAULT.faint();
  static final AttributedStyle ACCENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
  static final AttributedStyle WARNING = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
  static final AttributedStyle ERROR = AttributedStyle.BOLD.foreground(AttributedStyle.RED);

  private Styles() {}

  /** A status in its colour: green when the item holds, yellow when half, red when a gap. */
  static AttributedStyle of(Status status) {
    return switch (status) {
      case COVERED, GUARDED -> AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
      case PARTIAL, UNCLEAR -> AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
      case MISSING, EXPOSED -> AttributedStyle.BOLD.foreground(AttributedStyle.RED);
      case NOT_APPLICABLE -> FAINT;
    };
  }
}
