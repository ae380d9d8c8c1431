package dk.parat.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled evidence pattern: one or more phrases that must stand in the same sentence,
 * optionally within a distance of each other.
 *
 * @param source the pattern as written in the checklist
 * @param maxDistance words allowed between parts, or -1 for anywhere in the sentence
 */
public record Pattern(String source, Lang lang, List<List<WordMatcher>> phrases, int maxDistance) {

  /** Token index ranges, inclusive, of the words this pattern matched. */
  public record Match(List<int[]> spans) {
    public int first() {
      return spans.stream().mapToInt(s -> s[0]).min().orElseThrow();
    }

    public int last() {
      return spans.stream().mapToInt(s -> s[1]).max().orElseThrow();
    }

    public boolean covers(int token) {
      return spans.stream().anyMatch(s -> token >= s[0] && token <= s[1]);
    }
  }

  /**
   * Every way the pattern matches the sentence: each occurrence of a one-phrase pattern, or
   * the tightest combination of the parts of a compound pattern.
   */
  public List<Match> matches(List<Token> sentence) {
    List<List<Integer>> starts = new ArrayList<>();
    for (List<WordMatcher> phrase : phrases) {
      List<Integer> found = occurrences(phrase, sentence);
      if (found.isEmpty()) {
        return List.of();
      }
      starts.add(found);
    }
    if (phrases.size() == 1) {
      int length = phrases.get(0).size();
      return starts.get(0).stream().map(s -> new Match(List.of(new int[] {s, s + length - 1}))).toList();
    }
    Match best = tightest(starts);
    if (best == null) {
      return List.of();
    }
    return List.of(best);
  }

  private Match tightest(List<List<Integer>> starts) {
    int[] choice = new int[phrases.size()];
    int[] bestChoice = null;
    int bestSpan = Integer.MAX_VALUE;
    while (true) {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      boolean overlapping = false;
      List<int[]> spans = new ArrayList<>();
      for (int p = 0; p < choice.length; p++) {
        int s = starts.get(p).get(choice[p]);
        int e = s + phrases.get(p).size() - 1;
        for (int[] other : spans) {
          overlapping |= s <= other[1] && e >= other[0];
        }
        spans.add(new int[] {s, e});
        min = Math.min(min, s);
        max = Math.max(max, e);
      }
      int words = phrases.stream().mapToInt(List::size).sum();
      int gap = (max - min + 1) - words;
      boolean close = maxDistance < 0 || gap <= maxDistance * (phrases.size() - 1);
      if (!overlapping && close && max - min < bestSpan) {
        bestSpan = max - min;
        bestChoice = choice.clone();
      }
      int p = 0;
      while (p < choice.length && ++choice[p] == starts.get(p).size()) {
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
      int s = starts.get(p).get(bestChoice[p]);
      spans.add(new int[] {s, s + phrases.get(p).size() - 1});
    }
    return new Match(spans);
  }

  private static List<Integer> occurrences(List<WordMatcher> phrase, List<Token> tokens) {
    List<Integer> found = new ArrayList<>();
    outer:
    for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
      for (int w = 0; w < phrase.size(); w++) {
        if (!phrase.get(w).matches(tokens.get(i + w))) {
          continue outer;
        }
      }
      found.add(i);
    }
    return found;
  }
}
