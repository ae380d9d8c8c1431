package dk.parat.scoring;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntPredicate;

/**
 * A pattern part's alternatives as a trie over their words' matcher numbers, so that
 * alternatives sharing their first words are followed up together and a word no sentence holds
 * ends the search for every alternative behind it. A concept in the middle of a phrase
 * multiplies it ({@code alle @count @unit} is some 1,800 alternatives); most of them share a
 * prefix that a plan lacks. Plain arrays, as it is asked for every candidate sentence of every
 * pattern.
 *
 * <p>Nodes are numbered breadth first from the root (0), so that a node's children are
 * consecutive numbers, ordered by the matcher that leads to them.
 *
 * @param lengths each alternative's number of words
 * @param longest the number of words of the longest alternative
 * @param key for each node, the matcher that leads to it from its parent (none for the root)
 * @param firstChild for each node, the number of its first child
 * @param children for each node, how many children it has
 * @param endsFrom for each node, where in {@code ends} the alternatives ending there begin; the
 *     next node's value is where they stop
 * @param ends the alternatives, grouped by the node they end at, ascending within a node
 */
record PhraseTrie(int[] lengths, int longest, int[] key, int[] firstChild, int[] children, int[] endsFrom, int[] ends) {

  private static final int ROOT = 0;

  /** Something told where an alternative stands in a sentence. */
  interface Standing {
    void at(int alternative, int word);
  }

  static PhraseTrie of(int[][] phrases) {
    Builder builder = new Builder(phrases);
    builder.build();
    int[] lengths = new int[phrases.length];
    int longest = 0;
    for (int a = 0; a < lengths.length; a++) {
      lengths[a] = phrases[a].length;
      longest = Math.max(longest, lengths[a]);
    }
    return new PhraseTrie(lengths, longest, builder.key.trimmed(), builder.firstChild.trimmed(),
        builder.children.trimmed(), builder.endsFrom.trimmed(), builder.ends.trimmed());
  }

  /**
   * Tells {@code each} every alternative that stands in the sentence, and the word it starts at.
   * An alternative is told once for each word it starts at; in no order a caller should rely on.
   *
   * @param words for each word of the sentence, the numbers of the matchers it satisfies, ascending
   * @param wanted whether an alternative is still worth telling: a caller that needs only whether
   *     a concept stands saves the rest
   */
  void standing(int[][] words, IntPredicate wanted, Standing each) {
    for (int t = 0; t < words.length; t++) {
      follow(ROOT, words, t, t, wanted, each);
    }
  }

  /** From the node, whose words stand from {@code start} up to {@code next}, on through the sentence. */
  private void follow(int node, int[][] words, int start, int next, IntPredicate wanted, Standing each) {
    for (int e = endsFrom[node]; e < endsFrom[node + 1]; e++) {
      if (wanted.test(ends[e])) {
        each.at(ends[e], start);
      }
    }
    if (next == words.length || children[node] == 0) {
      return;
    }
    int[] matchers = words[next];
    int from = firstChild[node];
    int to = from + children[node];
    // Walk the shorter list and look its entries up in the longer one.
    if (children[node] <= matchers.length) {
      for (int c = from; c < to; c++) {
        if (Arrays.binarySearch(matchers, key[c]) >= 0) {
          follow(c, words, start, next + 1, wanted, each);
        }
      }
    } else {
      for (int matcher : matchers) {
        int c = Arrays.binarySearch(key, from, to, matcher);
        if (c >= 0) {
          follow(c, words, start, next + 1, wanted, each);
        }
      }
    }
  }

  /**
   * The sentences that hold a word for each word of some alternative, given the sentences each
   * matcher's words stand in (null where none).
   */
  BitSet holding(BitSet[] postings) {
    BitSet found = new BitSet();
    // One set per depth, reused: the sentences holding the words on the way down to a node.
    BitSet[] onTheWay = new BitSet[longest + 1];
    for (int c = firstChild[ROOT]; c < firstChild[ROOT] + children[ROOT]; c++) {
      BitSet first = postings[key[c]];
      if (first != null) {
        gather(c, first, postings, onTheWay, 1, found);
      }
    }
    return found;
  }

  private void gather(int node, BitSet here, BitSet[] postings, BitSet[] onTheWay, int depth, BitSet found) {
    if (endsFrom[node] < endsFrom[node + 1]) {
      found.or(here);
    }
    for (int c = firstChild[node]; c < firstChild[node] + children[node]; c++) {
      BitSet next = postings[key[c]];
      if (next == null || !next.intersects(here)) {
        continue;
      }
      BitSet both = onTheWay[depth] == null ? onTheWay[depth] = new BitSet() : onTheWay[depth];
      both.clear();
      both.or(here);
      both.and(next);
      gather(c, both, postings, onTheWay, depth + 1, found);
    }
  }

  /**
   * Builds the trie breadth first. Each node's alternatives are a range of {@code order}, sorted
   * there by their next word when the node's turn comes: sorting plain numbers, as the table is
   * made at every start.
   */
  private static final class Builder {
    private final int[][] phrases;
    private final int[] order;
    /** Room for {@link #sortOnward}, made once: a node with one alternative needs no sorting at all. */
    private final long[] onward;
    private final int[] ending;
    private final Ints key = new Ints();
    private final Ints firstChild = new Ints();
    private final Ints children = new Ints();
    private final Ints endsFrom = new Ints();
    private final Ints ends = new Ints();
    /** For each node, its range in {@code order} and its depth, while it waits its turn. */
    private final Ints rangeFrom = new Ints();
    private final Ints rangeTo = new Ints();
    private final Ints depth = new Ints();

    Builder(int[][] phrases) {
      this.phrases = phrases;
      this.order = new int[phrases.length];
      this.onward = new long[phrases.length];
      this.ending = new int[phrases.length];
      for (int a = 0; a < order.length; a++) {
        order[a] = a;
      }
    }

    void build() {
      add(-1, 0, order.length, 0);
      for (int node = 0; node < rangeFrom.size(); node++) {
        int from = rangeFrom.get(node);
        int to = rangeTo.get(node);
        int d = depth.get(node);
        endsFrom.add(ends.size());
        int at = sortOnward(from, to, d);
        firstChild.add(rangeFrom.size());
        int count = 0;
        while (at < to) {
          int word = phrases[order[at]][d];
          int end = at;
          while (end < to && phrases[order[end]][d] == word) {
            end++;
          }
          add(word, at, end, d + 1);
          count++;
          at = end;
        }
        children.add(count);
      }
      endsFrom.add(ends.size());
    }

    /**
     * Records the range's alternatives of {@code d} words as ending at the node, ascending, and
     * sorts the longer ones after them by their word at {@code d}, then by number; returns where
     * the longer ones begin.
     */
    private int sortOnward(int from, int to, int d) {
      if (to - from == 1) {
        if (phrases[order[from]].length > d) {
          return from;
        }
        ends.add(order[from]);
        return to;
      }
      int longer = 0;
      int ended = 0;
      for (int i = from; i < to; i++) {
        int a = order[i];
        if (phrases[a].length == d) {
          ending[ended++] = a;
        } else {
          onward[longer++] = (long) phrases[a][d] << 32 | a;
        }
      }
      Arrays.sort(ending, 0, ended);
      Arrays.sort(onward, 0, longer);
      for (int e = 0; e < ended; e++) {
        ends.add(ending[e]);
        order[from + e] = ending[e];
      }
      for (int l = 0; l < longer; l++) {
        order[from + ended + l] = (int) onward[l];
      }
      return from + ended;
    }

    private void add(int word, int from, int to, int d) {
      key.add(word);
      rangeFrom.add(from);
      rangeTo.add(to);
      depth.add(d);
    }
  }

  /** A growing list of ints, without boxing: a table holds some hundred thousand nodes. */
  private static final class Ints {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int get(int i) {
      return values[i];
    }

    int size() {
      return size;
    }

    int[] trimmed() {
      return Arrays.copyOf(values, size);
    }
  }
}
