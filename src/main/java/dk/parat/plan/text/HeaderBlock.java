package dk.parat.plan.text;

import dk.parat.plan.read.ContextReader;
import dk.parat.plan.read.LineScan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The memo header of a plain-text plan: lines such as {@code Fase:   implementering og drift}
 * near the top. They declare the context, as front matter does, and are not plan text.
 */
final class HeaderBlock {

  /** A header is at least this many context lines in a row. */
  private static final int MIN_LINES = 2;
  /** It must start within this many lines of the top (after a title). */
  private static final int WITHIN = 8;

  private HeaderBlock() {}

  /** A {@code Key: value} line, split. */
  record Line(String key, String value) {

    /**
     * The line read as {@code Key: value}: a key of letters and underscores, a colon, and a value
     * that is not blank; null for any other line. Scanned once from left to right, so a line padded
     * with thousands of spaces costs no more than its length.
     */
    static Line parse(String line) {
      int at = LineScan.skipSpaces(line, 0);
      int keyStart = at;
      while (at < line.length()) {
        int c = line.codePointAt(at);
        if (!Character.isLetter(c) && c != '_') {
          break;
        }
        at += Character.charCount(c);
      }
      if (at == keyStart) {
        return null;
      }
      String key = line.substring(keyStart, at);
      at = LineScan.skipSpaces(line, at);
      if (at == line.length() || line.charAt(at) != ':') {
        return null;
      }
      int valueStart = LineScan.skipSpaces(line, at + 1);
      int valueEnd = LineScan.trimSpaces(line, valueStart);
      return valueStart == valueEnd ? null : new Line(key, line.substring(valueStart, valueEnd));
    }
  }

  /** Removes the header lines from {@code lines} (blanking them keeps line numbers) and returns their values. */
  static Map<String, Object> take(List<String> lines) {
    for (int start = 0; start < Math.min(WITHIN, lines.size()); start++) {
      int end = start;
      Map<String, Object> values = new LinkedHashMap<>();
      while (end < lines.size()) {
        Line line = Line.parse(lines.get(end));
        if (line == null || !ContextReader.isContextKey(line.key())) {
          break;
        }
        values.put(line.key(), line.value());
        end++;
      }
      if (values.size() >= MIN_LINES) {
        for (int i = start; i < end; i++) {
          lines.set(i, "");
        }
        return values;
      }
    }
    return Map.of();
  }
}
