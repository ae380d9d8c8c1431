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
   * The sentences of each phrase of several words, by its number in the table, worked out when
   * first asked for: concepts put the same phrases into many patterns. Atomic, as judges on two
   * threads may share the index.
   */
  private final AtomicReferenceArray<BitSet> phrases;
  /** Stands in {@link #phrases} for a phrase no sentence holds. */
  private static final BitSet NOWHERE = new BitSet();
  /** For each sentence, for each of its words, the numbers of the matchers the word satisfies (ascending). */
  private final List<int[][]> wordMatchers = new ArrayList<>();

  public PlanIndex(Plan plan, TextAnalyzer analyzer, CompiledLexicon lexicon, MatcherTable table) {
    this(new PlanSentences(plan, analyzer, lexicon), table);
  }

  public PlanIndex(PlanSentences read, MatcherTable table) {
    this.read = read;
    this.table = table;
    this.postings = new BitSet[table.size()];
    this.phrases = new AtomicReferenceArray<>(table.phrases());
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
    int[][][] numbers = numbers(pattern);
    int[][] phraseNumbers = table.phraseNumbers(pattern);
    for (int p = 0; p < numbers.length; p++) {
      BitSet inPart = new BitSet();
      for (int a = 0; a < numbers[p].length; a++) {
        BitSet holding = holding(phraseNumbers[p][a], numbers[p][a]);
        if (holding != null) {
          inPart.or(holding);
        }
      }
      found.and(inPart);
      if (found.isEmpty()) {
        break;
      }
    }
    return found;
  }

  /**
   * The pattern's matches in one of this index's sentences, as {@link Pattern#matches(List)} finds
   * them, with each word's matchers looked up in the table instead of asked again.
   */
  public List<Pattern.Match> matches(Pattern pattern, Sentence sentence) {
    int[][][] numbers = numbers(pattern);
    List<Openers> openers = table.openers(pattern);
    int[][] words = wordMatchers.get(sentence.index());
    return pattern.matches(sentence.tokens(), p -> occurrences(numbers[p], openers.get(p), words));
  }

  /**
   * A part's occurrences in a sentence, found from its words: each word's matchers name the
   * alternatives that open with them, and only those are followed up. In the order
   * {@link Pattern.PartFinder} asks for.
   */
  private static List<int[]> occurrences(int[][] alternatives, Openers byOpener, int[][] words) {
    List<int[]> found = new ArrayList<>();
    byOpener.standing(alternatives, words, a -> true, (a, t) -> found.add(new int[] {a, t}));
    found.sort(Comparator.<int[]>comparingInt(f -> f[0]).thenComparingInt(f -> f[1]));
    List<int[]> spans = new ArrayList<>(found.size());
    for (int[] f : found) {
      spans.add(new int[] {f[1], f[1] + alternatives[f[0]].length - 1});
    }
    return spans;
  }

  private int[][][] numbers(Pattern pattern) {
    int[][][] numbers = table.numbers(pattern);
    if (numbers == null) {
      throw new IllegalArgumentException("pattern '" + pattern.source() + "' is not one of the run's checklists");
    }
    return numbers;
  }

  /** The sentences that hold a word for each word of the phrase, or null when none does; not to be changed. */
  private BitSet holding(int number, int[] phrase) {
    BitSet first = postings[phrase[0]];
    if (first == null || phrase.length == 1) {
      return first;
    }
    BitSet known = phrases.get(number);
    if (known == null) {
      BitSet all = allWords(first, phrase);
      known = all == null ? NOWHERE : all;
      phrases.set(number, known);
    }
    return known == NOWHERE ? null : known;
  }

  private BitSet allWords(BitSet first, int[] phrase) {
    BitSet all = (BitSet) first.clone();
    for (int w = 1; w < phrase.length; w++) {
      BitSet next = postings[phrase[w]];
      if (next == null) {
        return null;
      }
      all.and(next);
    }
    return all;
  }

  /** The sentences of every section whose own heading, or a heading above it, matches the pattern. */
  public List<Sentence> underHeading(Pattern pattern) {
    return read.underHeading(pattern);
  }
}
