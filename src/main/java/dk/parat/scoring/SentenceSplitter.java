package dk.parat.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a block of text at sentence ends: a full stop, question or exclamation mark before a capital or digit. */
final class SentenceSplitter {

  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])[\"”’)]?\\s+(?=[\\p{Lu}\\d\"“(•])");
  // Compiled once, as BOUNDARY: every sentence end of every plan is tested.
  private static final Pattern OPENING_MARKS = Pattern.compile("^[(\\[\"“]+");
  private static final Pattern ABBREVIATION =
      Pattern.compile("(jf|bl\\.a|f\\.eks|ca|kl|mv|inkl|ekskl|evt|mht|dvs|e\\.g|i\\.e|etc|vs|nr|tlf|st)\\.?");

  private SentenceSplitter() {}

  /** Start offsets of the sentences of {@code text}, the first 0. */
  static List<Integer> starts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    Matcher m = BOUNDARY.matcher(text);
    while (m.find()) {
      if (!endsWithAbbreviation(text, m.start())) {
        starts.add(m.end());
      }
    }
    return starts;
  }

  /** "jf. Bilag 2", "bl.a. KL" and single initials "M. Hansen" do not end a sentence. */
  private static boolean endsWithAbbreviation(String text, int boundary) {
    int dot = boundary - 1;
    while (dot > 0 && ".!?".indexOf(text.charAt(dot)) < 0) {
      dot--;
    }
    if (text.charAt(dot) != '.') {
      return false;
    }
    int wordStart = dot - 1;
    while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = OPENING_MARKS.matcher(text.substring(Math.max(0, wordStart), dot).toLowerCase(java.util.Locale.ROOT))
        .replaceAll("");
    return word.length() <= 2 && !word.isEmpty() && Character.isLetter(word.charAt(0))
        || ABBREVIATION.matcher(word).matches();
  }
}
