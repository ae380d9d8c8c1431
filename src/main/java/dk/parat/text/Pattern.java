package dk.parat.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled evidence pattern: one or more parts that must stand in the same sentence, each
 * within a distance of the next where the pattern says so ({@code ~N}), and phrases that must
 * not stand in the sentence. Each part is a phrase or a group of alternative phrases.
 *
 * @param source the pattern as written in the checklist
 * @param parts each part's alternatives; each alternative a phrase of words
 * @param gaps for each part after the first, how many words may stand between it and the part
 *     before it, in either order; -1 for anywhere in the sentence ({@code &})
 * @param excluded phrases that keep the pattern from matching a sentence that holds one
 */
public record Pattern(String source, Lang lang, List<List<List<WordMatcher>>> parts, List<Integer> gaps,
    List<List<WordMatcher>> excluded) {

  /** How many combinations of the parts' occurrences one sentence may cost; the best found by then is kept. */
  private static final int SEARCH_LIMIT = 20_000;

  public Pattern {
    gaps = List.copyOf(gaps);
    excluded = List.copyOf(excluded);
    if (gaps.size() != parts.size() - 1) {
      throw new IllegalArgumentException("a pattern of " + parts.size() + " parts has " + (parts.size() - 1) + " gaps");
    }
  }

  /**
   * Token index ranges, inclusive, of the words this pattern matched. A match without spans
   * stands for a whole sentence found by its section's heading.
   */
  public record Match(List<int[]> spans) {
    public static final Match WHOLE_SENTENCE = new Match(List.of());

    // Loops, not streams: asked for every match of every pattern, from a plan's first sentence on.
    public int first() {
      int first = Integer.MAX_VALUE;
      for (int[] s : spans) {
        first = Math.min(first, s[0]);
      }
      return spans.isEmpty() ? 0 : first;
    }

    public int last() {
      int last = Integer.MIN_VALUE;
      for (int[] s : spans) {
        last = Math.max(last, s[1]);
      }
      return spans.isEmpty() ? 0 : last;
    }

    public boolean covers(int token) {
      for (int[] s : spans) {
        if (token >= s[0] && token <= s[1]) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Where one of the pattern's parts stands in a sentence: each occurrence of each alternative,
   * as token ranges, alternatives in the part's order and each one's occurrences from left to
   * right. Found by asking the word matchers, or from a table that knows which matchers each
   * word of the sentence satisfies.
   */
  @FunctionalInterface
  public interface PartFinder {
    List<int[]> occurrences(int part);
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
    return matches(sentence, p -> occurrences(parts.get(p), sentence));
  }

  /** As {@link #matches(List)}, with {@code finder} saying where each part stands in the sentence. */
  public List<Match> matches(List<Token> sentence, PartFinder finder) {
    if (!excluded.isEmpty() && !occurrences(excluded, sentence).isEmpty()) {
      return List.of();
    }
    List<List<int[]>> found = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      List<int[]> spans = finder.occurrences(p);
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

  /**
   * The combination of one occurrence per part that keeps every gap and spans the fewest words,
   * found depth first with the gaps pruning the search; a very long sentence stops the search at
   * {@link #SEARCH_LIMIT} combinations with the best found so far.
   */
  private Match tightest(List<List<int[]>> found) {
    Search search = new Search(found);
    search.extend(0, Integer.MAX_VALUE, Integer.MIN_VALUE);
    if (search.best == null) {
      return null;
    }
    List<int[]> spans = new ArrayList<>();
    for (int p = 0; p < search.best.length; p++) {
      spans.add(found.get(p).get(search.best[p]));
    }
    return new Match(spans);
  }

  private final class Search {
    private final List<List<int[]>> found;
    private final int[] choice;
    private int[] best;
    private int bestSpan = Integer.MAX_VALUE;
    private int tried;

    Search(List<List<int[]>> found) {
      this.found = found;
      this.choice = new int[found.size()];
    }

    void extend(int part, int min, int max) {
      if (part == choice.length) {
        if (max - min < bestSpan) {
          bestSpan = max - min;
          best = choice.clone();
        }
        return;
      }
      List<int[]> options = found.get(part);
      for (int o = 0; o < options.size() && tried < SEARCH_LIMIT; o++) {
        tried++;
        int[] span = options.get(o);
        if (!fits(part, span)) {
          continue;
        }
        choice[part] = o;
        extend(part + 1, Math.min(min, span[0]), Math.max(max, span[1]));
      }
    }

    /** Whether the span overlaps none chosen before it and keeps its gap to the part before it. */
    private boolean fits(int part, int[] span) {
      for (int q = 0; q < part; q++) {
        int[] other = found.get(q).get(choice[q]);
        if (span[0] <= other[1] && span[1] >= other[0]) {
          return false;
        }
      }
      if (part == 0 || gaps.get(part - 1) < 0) {
        return true;
      }
      int[] previous = found.get(part - 1).get(choice[part - 1]);
      int between = span[0] > previous[1] ? span[0] - previous[1] - 1 : previous[0] - span[1] - 1;
      return between <= gaps.get(part - 1);
    }
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
