package dk.parat.plan.text;

import dk.parat.plan.read.ContextReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memo header of a plain-text plan: lines such as {@code Fase:   implementering og drift}
 * near the top. They declare the context, as front matter does, and are not plan text.
 */
final class HeaderBlock {

  private static final Pattern LINE = Pattern.compile("^\\s*([\\p{L}_]+)\\s*:\\s*(\\S.*?)\\s*$");
  /** A header is at least this many context lines in a row. */
  private static final int MIN_LINES = 2;
  /** It must start within this many lines of the top (after a title). */
  private static final int WITHIN = 8;

  private HeaderBlock() {}

  /** Removes the header lines from {@code lines} (blanking them keeps line numbers) and returns their values. */
  static Map<String, Object> take(List<String> lines) {
    for (int start = 0; start < Math.min(WITHIN, lines.size()); start++) {
      int end = start;
      Map<String, Object> values = new LinkedHashMap<>();
      while (end < lines.size()) {
        Matcher m = LINE.matcher(lines.get(end));
        if (!m.matches() || !ContextReader.isContextKey(m.group(1))) {
          break;
        }
        values.put(m.group(1), m.group(2));
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
