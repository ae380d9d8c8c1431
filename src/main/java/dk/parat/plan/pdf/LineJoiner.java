package dk.parat.plan.pdf;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins the lines of a laid-out paragraph back into running text, repairing words hyphenated
 * at a line end: "kørsels-" + "timer" reads "kørselstimer". A hyphen stays where it belongs to
 * the word ("IT-" + "support", "MED-" + "udvalget": a capital before it) and where a compound is
 * left open before a conjunction ("sundheds-" + "og omsorgsområdet").
 */
final class LineJoiner {

  private static final char SOFT_HYPHEN = '\u00AD';
  private static final Pattern BROKEN = Pattern.compile(".*\\p{Ll}-$");
  private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "samt", "til", "and", "or", "to", "nor");

  private LineJoiner() {}

  static String join(String text, String next) {
    String line = next.strip();
    if (text.isEmpty()) {
      return line;
    }
    if (line.isEmpty()) {
      return text;
    }
    if (text.charAt(text.length() - 1) == SOFT_HYPHEN) {
      return text.substring(0, text.length() - 1) + line;
    }
    if (BROKEN.matcher(text).matches() && Character.isLowerCase(line.codePointAt(0))
        && !CONJUNCTIONS.contains(line.split("[\\s,.;:]", 2)[0])) {
      return text.substring(0, text.length() - 1) + line;
    }
    return text + " " + line;
  }
}
