package dk.parat.checklist;

import dk.parat.text.Lines;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where something stands in a YAML file's text, so validation errors found after
 * parsing can still name a line and column.
 */
final class SourceLocator {

  private final String text;

  SourceLocator(String text) {
    this.text = text;
  }

  /** Offset of the {@code n}th (0-based) {@code id: VALUE} entry, or -1. */
  int idOffset(String id, int n) {
    // Spaces and tabs only, not line breaks: see Lines.key.
    Matcher m = Pattern.compile("(?m)^[ \\t-]*id:[ \\t]*['\"]?" + Pattern.quote(id) + "['\"]?[ \\t]*(#.*)?$").matcher(text);
    int seen = 0;
    while (m.find()) {
      if (seen++ == n) {
        return m.start() + m.group().indexOf("id:");
      }
    }
    return -1;
  }

  /** Offset of the first occurrence of the text at or after {@code from}, or {@code from} when absent. */
  int find(String needle, int from) {
    int at = text.indexOf(needle, Math.max(0, from));
    return at >= 0 ? at : Math.max(0, from);
  }

  /** Offset of the last {@code key:} before {@code before}, or -1. */
  int lastKeyBefore(String key, int before) {
    Matcher m = Lines.key(key).matcher(text);
    int found = -1;
    while (m.find() && m.start(2) < before) {
      found = m.start(2);
    }
    return found;
  }

  /** Offset where a 1-based line begins; the end of the text past the last line. */
  int offsetOfLine(int line) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      int next = text.indexOf('\n', offset);
      if (next < 0) {
        return text.length();
      }
      offset = next + 1;
    }
    return offset;
  }

  int line(int offset) {
    return offset < 0 ? 0 : Lines.lineAt(text, offset);
  }

  int column(int offset) {
    if (offset < 0) {
      return 0;
    }
    int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    return offset - lineStart + 1;
  }
}
