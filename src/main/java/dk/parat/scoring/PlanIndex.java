package dk.parat.scoring;

import dk.parat.checklist.CompiledLexicon;
import dk.parat.plan.Plan;
import dk.parat.text.Pattern;
import dk.parat.text.TextAnalyzer;
import dk.parat.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A plan's sentences ({@link PlanSentences}) with an inverted index from the checklists' word
 * matchers ({@link MatcherTable}) to sentences, so that each pattern is tried only on the
 * sentences that hold a word for every one of its parts.
 */
public final class PlanIndex {

  private final PlanSentences read;
  private final MatcherTable table;
  /** Per matcher number, the sentences holding a word it matches; null where none does. */
  private final BitSet[] postings;
  /**
   * The sentences holding some alternative of each part, by its number in the table, worked out
   * when first asked for: several patterns share a part. Atomic, as judges on two threads may
   * share the index.
   */
  private final AtomicReferenceArray<BitSet> parts;
  /** For each sentence, for each of its words, the numbers of the matchers the word satisfies (ascending). */
  private final List<int[][]> wordMatchers = new ArrayList<>();

  public PlanIndex(Plan plan, TextAnalyzer analyzer, CompiledLexicon lexicon, MatcherTable table) {
    this(new PlanSentences(plan, analyzer, lexicon), table);
  }

  public PlanIndex(PlanSentences read, MatcherTable table) {
    this.read = read;
    this.table = table;
    this.postings = new BitSet[table.size()];
    this.parts = new AtomicReferenceArray<>(table.parts());
    for (Sentence sentence : read.sentences()) {
      List<Token> tokens = sentence.tokens();
      int[][] matchers = new int[tokens.size()][];
      wordMatchers.add(matchers);
      for (int t = 0; t < tokens.size(); t++) {
        matchers[t] = table.matching(tokens.get(t));
        for (int matcher : matchers[t]) {
          BitSet posting = postings[matcher];
          if (posting == null) {
            posting = postings[matcher] = new BitSet();
          }
          posting.set(sentence.index());
        }
      }
    }
  }

  public Plan plan() {
    return read.plan();
  }

  PlanSentences read() {
    return read;
  }

  /** For each word of the sentence, the numbers of the matchers it satisfies, ascending. */
  int[][] wordMatchers(Sentence sentence) {
    return wordMatchers.get(sentence.index());
  }

  public List<Sentence> sentences() {
    return read.sentences();
  }

  /** How many blocks were set aside as document furniture (contents, contacts, headers …). */
  public int furnitureBlocks() {
    return read.furnitureBlocks();
  }

  /** The sentences that may match the pattern: those holding a word for each of its parts, in plan order. */
  public List<Sentence> candidates(Pattern pattern) {
    BitSet found = candidateSet(pattern);
    List<Sentence> list = new ArrayList<>(found.cardinality());
    for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
      list.add(read.sentences().get(i));
    }
    return list;
  }

  /** The numbers of the sentences {@link #candidates} gives. */
  BitSet candidateSet(Pattern pattern) {
    BitSet found = (BitSet) read.inLanguage(pattern.lang()).clone();
    MatcherTable.NumberedPattern numbered = numbered(pattern);
    for (int p = 0; p < numbered.parts().length && !found.isEmpty(); p++) {
      found.and(holding(numbered, p));
    }
    return found;
  }

  /**
   * The pattern's matches in one of this index's sentences, as {@link Pattern#matches(List)} finds
   * them, with each word's matchers looked up in the table instead of asked again.
   */
  public List<Pattern.Match> matches(Pattern pattern, Sentence sentence) {
    MatcherTable.NumberedPattern numbered = numbered(pattern);
    int[][] words = wordMatchers.get(sentence.index());
    return pattern.matches(sentence.tokens(), p -> occurrences(table.trie(numbered, p), words));
  }

  /** A part's occurrences in a sentence as word spans, in the order {@link Pattern.PartFinder} asks for. */
  private static List<int[]> occurrences(PhraseTrie part, int[][] words) {
    List<int[]> found = new ArrayList<>();
    part.standing(words, a -> true, (a, t) -> found.add(new int[] {a, t}));
    found.sort(Comparator.<int[]>comparingInt(f -> f[0]).thenComparingInt(f -> f[1]));
    List<int[]> spans = new ArrayList<>(found.size());
    for (int[] f : found) {
      spans.add(new int[] {f[1], f[1] + part.lengths()[f[0]] - 1});
    }
    return spans;
  }

  private MatcherTable.NumberedPattern numbered(Pattern pattern) {
    MatcherTable.NumberedPattern numbered = table.numbered(pattern);
    if (numbered == null) {
      throw new IllegalArgumentException("pattern '" + pattern.source() + "' is not one of the run's checklists");
    }
    return numbered;
  }

  /** The sentences that hold a word for each word of some alternative of the pattern's part; not to be changed. */
  private BitSet holding(MatcherTable.NumberedPattern pattern, int part) {
    int number = pattern.parts()[part];
    BitSet known = parts.get(number);
    if (known == null) {
      known = table.trie(pattern, part).holding(postings);
      parts.set(number, known);
    }
    return known;
  }

  /** The sentences of every section whose own heading, or a heading above it, matches the pattern. */
  public List<Sentence> underHeading(Pattern pattern) {
    return read.underHeading(pattern);
  }
}
