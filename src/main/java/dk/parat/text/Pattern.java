package dk.parat.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled evidence pattern: one or more parts that must stand in the same sentence,
 * optionally within a distance of each other. Each part is a phrase or a group of
 * alternative phrases.
 *
 * @param source the pattern as written in the checklist
 * @param parts each part's alternatives; each alternative a phrase of words
 * @param maxDistance words allowed between parts, or -1 for anywhere in the sentence
 */
public record Pattern(String source, Lang lang, List<List<List<WordMatcher>>> parts, int maxDistance) {

  /**
   * Token index ranges, inclusive, of the words this pattern matched. A match without spans
   * stands for a whole sentence found by its section's heading.
   */
  public record Match(List<int[]> spans) {
    public static final Match WHOLE_SENTENCE = new Match(List.of());

    public int first() {
      return spans.stream().mapToInt(s -> s[0]).min().orElse(0);
    }

    public int last() {
      return spans.stream().mapToInt(s -> s[1]).max().orElse(0);
    }

    public boolean covers(int token) {
      return spans.stream().anyMatch(s -> token >= s[0] && token <= s[1]);
    }
  }

  /** The phrases that can open a match: the first part's alternatives. */
  public List<List<WordMatcher>> openings() {
    return parts.get(0);
  }

  /**
   * Every way the pattern matches the sentence: each occurrence of a one-part pattern, or the
   * tightest combination of the parts of a compound pattern.
   */
  public List<Match> matches(List<Token> sentence) {
    List<List<int[]>> found = new ArrayList<>();
    for (List<List<WordMatcher>> part : parts) {
      List<int[]> spans = occurrences(part, sentence);
      if (spans.isEmpty()) {
        return List.of();
      }
      found.add(spans);
    }
    if (parts.size() == 1) {
      return found.get(0).stream().map(s -> new Match(List.of(s))).toList();
    }
    Match best = tightest(found);
    return best == null ? List.of() : List.of(best);
  }

  private Match tightest(List<List<int[]>> found) {
    int[] choice = new int[parts.size()];
    int[] bestChoice = null;
    int bestSpan = Integer.MAX_VALUE;
    while (true) {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      int words = 0;
      boolean overlapping = false;
      for (int p = 0; p < choice.length; p++) {
        int[] span = found.get(p).get(choice[p]);
        for (int q = 0; q < p; q++) {
          int[] other = found.get(q).get(choice[q]);
          overlapping |= span[0] <= other[1] && span[1] >= other[0];
        }
        min = Math.min(min, span[0]);
        max = Math.max(max, span[1]);
        words += span[1] - span[0] + 1;
      }
      int gap = (max - min + 1) - words;
      boolean close = maxDistance < 0 || gap <= maxDistance * (parts.size() - 1);
      if (!overlapping && close && max - min < bestSpan) {
        bestSpan = max - min;
        bestChoice = choice.clone();
      }
      int p = 0;
      while (p < choice.length && ++choice[p] == found.get(p).size()) {
        choice[p] = 0;
        p++;
      }
      if (p == choice.length) {
        break;
      }
    }
    if (bestChoice == null) {
      return null;
    }
    List<int[]> spans = new ArrayList<>();
    for (int p = 0; p < bestChoice.length; p++) {
      spans.add(found.get(p).get(bestChoice[p]));
    }
    return new Match(spans);
  }

  private static List<int[]> occurrences(List<List<WordMatcher>> alternatives, List<Token> tokens) {
    List<int[]> found = new ArrayList<>();
    for (List<WordMatcher> phrase : alternatives) {
      outer:
      for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
        for (int w = 0; w < phrase.size(); w++) {
          if (!phrase.get(w).matches(tokens.get(i + w))) {
            continue outer;
          }
        }
        found.add(new int[] {i, i + phrase.size() - 1});
      }
    }
    return found;
  }
}
