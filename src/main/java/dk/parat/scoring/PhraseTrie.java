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
 * @param firstChild for each node, the number of its first child; the next node's value is
 *     where its children stop
 * @param endsFrom for each node, where in {@code ends} the alternatives ending there begin; the
 *     next node's value is where they stop
 * @param ends the alternatives, grouped by the node they end at, ascending within a node
 */
record PhraseTrie(int[] lengths, int longest, int[] key, int[] firstChild, int[] endsFrom, int[] ends) {

  private static final int ROOT = 0;

  /** Something told where an alternative stands in a sentence. */
  interface Standing {
    void at(int alternative, int word);
  }

  static PhraseTrie of(int[][] phrases) {
    return new Builder(phrases).build();
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
    int from = firstChild[node];
    int to = firstChild[node + 1];
    if (next == words.length || from == to) {
      return;
    }
    int[] matchers = words[next];
    // Walk the shorter list and look its entries up in the longer one.
    if (to - from <= matchers.length) {
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
    for (int c = firstChild[ROOT]; c < firstChild[ROOT + 1]; c++) {
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
    for (int c = firstChild[node]; c < firstChild[node + 1]; c++) {
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
   * there by their next word when the node's turn comes. Plain arrays sized for the most nodes
   * there can be (one per word, and the root), and plain numbers sorted: the tries are made
   * while a cold start scores its first plan.
   */
  private static final class Builder {
    private final int[][] phrases;
    private final int[] order;
    /** Room for {@link #sortOnward}, made once. */
    private final long[] onward;
    /** For each node as it is added: the matcher leading to it, its range in {@code order}, its depth. */
    private final int[] key;
    private final int[] rangeFrom;
    private final int[] rangeTo;
    private final int[] depth;
    /** For each node as its turn comes: its first child and where its ends begin. */
    private final int[] firstChild;
    private final int[] endsFrom;
    private final int[] ends;
    private int nodes;
    private int ended;

    Builder(int[][] phrases) {
      this.phrases = phrases;
      this.order = new int[phrases.length];
      this.onward = new long[phrases.length];
      this.ends = new int[phrases.length];
      int most = 1;
      for (int a = 0; a < phrases.length; a++) {
        order[a] = a;
        most += phrases[a].length;
      }
      this.key = new int[most];
      this.rangeFrom = new int[most];
      this.rangeTo = new int[most];
      this.depth = new int[most];
      this.firstChild = new int[most + 1];
      this.endsFrom = new int[most + 1];
    }

    PhraseTrie build() {
      add(-1, 0, order.length, 0);
      for (int node = 0; node < nodes; node++) {
        int to = rangeTo[node];
        int d = depth[node];
        endsFrom[node] = ended;
        int at = sortOnward(rangeFrom[node], to, d);
        firstChild[node] = nodes;
        while (at < to) {
          int word = phrases[order[at]][d];
          int end = at + 1;
          while (end < to && phrases[order[end]][d] == word) {
            end++;
          }
          add(word, at, end, d + 1);
          at = end;
        }
      }
      firstChild[nodes] = nodes;
      endsFrom[nodes] = ended;
      int[] lengths = new int[phrases.length];
      int longest = 0;
      for (int a = 0; a < lengths.length; a++) {
        lengths[a] = phrases[a].length;
        longest = Math.max(longest, lengths[a]);
      }
      return new PhraseTrie(lengths, longest, Arrays.copyOf(key, nodes), Arrays.copyOf(firstChild, nodes + 1),
          Arrays.copyOf(endsFrom, nodes + 1), ends);
    }

    /**
     * Records the range's alternatives of {@code d} words as ending at the node and sorts the
     * longer ones after them by their word at {@code d}, then by number; returns where the longer
     * ones begin. A range comes in ascending numbers (the root's is 0, 1, 2 …, and a child's
     * shares its parent's sorting word), so the ending ones are ascending as they come, and the
     * longer ones need sorting only where their words are not in order already.
     */
    private int sortOnward(int from, int to, int d) {
      int longer = 0;
      int endingHere = 0;
      boolean sorted = true;
      for (int i = from; i < to; i++) {
        int a = order[i];
        if (phrases[a].length == d) {
          ends[ended++] = a;
          endingHere++;
        } else {
          onward[longer] = (long) phrases[a][d] << 32 | a;
          sorted &= longer == 0 || onward[longer - 1] < onward[longer];
          longer++;
        }
      }
      if (endingHere == 0 && sorted) {
        return from;
      }
      if (!sorted) {
        Arrays.sort(onward, 0, longer);
      }
      System.arraycopy(ends, ended - endingHere, order, from, endingHere);
      for (int l = 0; l < longer; l++) {
        order[from + endingHere + l] = (int) onward[l];
      }
      return from + endingHere;
    }

    private void add(int word, int from, int to, int d) {
      key[nodes] = word;
      rangeFrom[nodes] = from;
      rangeTo[nodes] = to;
      depth[nodes] = d;
      nodes++;
    }
  }
}
