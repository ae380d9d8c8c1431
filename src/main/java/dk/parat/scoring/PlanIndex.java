package dk.parat.scoring;

import dk.parat.checklist.CompiledLexicon;
import dk.parat.plan.Block;
import dk.parat.plan.Plan;
import dk.parat.plan.Section;
import dk.parat.text.Lang;
import dk.parat.text.LanguageGuess;
import dk.parat.text.Pattern;
import dk.parat.text.TextAnalyzer;
import dk.parat.text.Token;
import dk.parat.text.WordFormFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's sentences, tokenised once, with an inverted index from the checklists' word matchers
 * ({@link MatcherTable}) to sentences, so that each pattern is tried only on the sentences that
 * hold a word for every one of its parts. Placeholder text ("TBD"), document furniture and
 * headings are not indexed: they are never evidence.
 */
public final class PlanIndex {

  private static final int SHORT_NOTE_WORDS = 6;
  // Compiled once: every block of every plan is tested.
  private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("\\s*[|:]\\s*");

  private final Plan plan;
  private final MatcherTable table;
  private final Furniture furniture;
  private final List<Sentence> sentences = new ArrayList<>();
  /** Per matcher number, the sentences holding a word it matches; null where none does. */
  private final BitSet[] postings;
  /**
   * The sentences of each phrase of several words, by the identity of its numbers, worked out when
   * first asked for: concepts put the same phrases into many patterns.
   */
  private final Map<int[], BitSet> phrases = new IdentityHashMap<>();
  /** Stands in {@link #phrases} for a phrase no sentence holds. */
  private static final BitSet NOWHERE = new BitSet();
  /** For each sentence, for each of its words, the numbers of the matchers the word satisfies (ascending). */
  private final List<int[][]> wordMatchers = new ArrayList<>();
  /** Per language, the sentences its rules are tried on: those written in it, and those of no clear language. */
  private final java.util.Map<Lang, BitSet> inLanguage = new java.util.EnumMap<>(Lang.class);
  /** Each section's heading path, tokenised, and its sentences, in plan order. */
  private final List<Part> parts = new ArrayList<>();

  private record Part(List<List<Token>> headings, List<Sentence> sentences) {}

  public PlanIndex(Plan plan, TextAnalyzer analyzer, CompiledLexicon lexicon, MatcherTable table) {
    this.plan = plan;
    this.table = table;
    this.postings = new BitSet[table.size()];
    this.furniture = Furniture.of(plan, lexicon.furniture());
    for (Section section : plan.sections()) {
      Part part = new Part(section.headingPath().stream().map(analyzer::tokens).toList(), new ArrayList<>());
      parts.add(part);
      for (Block block : section.blocks()) {
        if (isPlaceholder(block.text(), lexicon) || furniture.contains(block)) {
          continue;
        }
        addBlock(section, block, analyzer, part.sentences());
      }
    }
    languages();
  }

  /**
   * Sorts the sentences by language. A sentence whose function words do not decide takes the
   * plan's own language, the one most of its sentences are written in; in a plan without one
   * it is open to both.
   */
  private void languages() {
    List<Optional<Lang>> guesses = sentences.stream().map(s -> LanguageGuess.of(s.tokens())).toList();
    long danish = guesses.stream().filter(g -> g.equals(Optional.of(Lang.DA))).count();
    long english = guesses.stream().filter(g -> g.equals(Optional.of(Lang.EN))).count();
    Optional<Lang> main = danish == english ? Optional.empty() : Optional.of(danish > english ? Lang.DA : Lang.EN);
    for (Lang lang : Lang.values()) {
      inLanguage.put(lang, new BitSet());
    }
    for (int i = 0; i < guesses.size(); i++) {
      Optional<Lang> lang = guesses.get(i).or(() -> main);
      for (Lang l : Lang.values()) {
        if (lang.isEmpty() || lang.get() == l) {
          inLanguage.get(l).set(i);
        }
      }
    }
  }

  public Plan plan() {
    return plan;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  /** How many blocks were set aside as document furniture (contents, contacts, headers …). */
  public int furnitureBlocks() {
    return furniture.size();
  }

  /** The sentences that may match the pattern: those holding a word for each of its parts, in plan order. */
  public List<Sentence> candidates(Pattern pattern) {
    BitSet found = candidateSet(pattern);
    List<Sentence> list = new ArrayList<>(found.cardinality());
    for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
      list.add(sentences.get(i));
    }
    return list;
  }

  /** The numbers of the sentences {@link #candidates} gives. */
  BitSet candidateSet(Pattern pattern) {
    BitSet found = (BitSet) inLanguage.get(pattern.lang()).clone();
    for (int[][] part : numbers(pattern)) {
      BitSet inPart = new BitSet();
      for (int[] phrase : part) {
        BitSet holding = holding(phrase);
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
    List<Map<Integer, int[]>> openers = table.openers(pattern);
    int[][] words = wordMatchers.get(sentence.index());
    return pattern.matches(sentence.tokens(), p -> occurrences(numbers[p], openers.get(p), words));
  }

  /**
   * A part's occurrences in a sentence, found from its words: each word's matchers name the
   * alternatives that open with them, and only those are followed up. In the order
   * {@link Pattern.PartFinder} asks for.
   */
  private static List<int[]> occurrences(int[][] alternatives, Map<Integer, int[]> byOpener, int[][] words) {
    List<int[]> found = new ArrayList<>();
    for (int t = 0; t < words.length; t++) {
      for (int opener : words[t]) {
        int[] opening = byOpener.get(opener);
        if (opening == null) {
          continue;
        }
        for (int a : opening) {
          if (standsAt(alternatives[a], words, t)) {
            found.add(new int[] {a, t});
          }
        }
      }
    }
    found.sort(Comparator.<int[]>comparingInt(f -> f[0]).thenComparingInt(f -> f[1]));
    List<int[]> spans = new ArrayList<>(found.size());
    for (int[] f : found) {
      spans.add(new int[] {f[1], f[1] + alternatives[f[0]].length - 1});
    }
    return spans;
  }

  private static boolean standsAt(int[] phrase, int[][] words, int start) {
    if (start + phrase.length > words.length) {
      return false;
    }
    for (int w = 1; w < phrase.length; w++) {
      if (Arrays.binarySearch(words[start + w], phrase[w]) < 0) {
        return false;
      }
    }
    return true;
  }

  private int[][][] numbers(Pattern pattern) {
    int[][][] numbers = table.numbers(pattern);
    if (numbers == null) {
      throw new IllegalArgumentException("pattern '" + pattern.source() + "' is not one of the run's checklists");
    }
    return numbers;
  }

  /** The sentences that hold a word for each word of the phrase, or null when none does; not to be changed. */
  private BitSet holding(int[] phrase) {
    BitSet first = postings[phrase[0]];
    if (first == null || phrase.length == 1) {
      return first;
    }
    BitSet known = phrases.get(phrase);
    if (known == null) {
      BitSet all = allWords(first, phrase);
      known = all == null ? NOWHERE : all;
      phrases.put(phrase, known);
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
    List<Sentence> found = new ArrayList<>();
    for (Part part : parts) {
      if (!part.sentences().isEmpty() && part.headings().stream().anyMatch(h -> !pattern.matches(h).isEmpty())) {
        found.addAll(part.sentences());
      }
    }
    return found;
  }

  private void addBlock(Section section, Block block, TextAnalyzer analyzer, List<Sentence> inSection) {
    String text = block.text();
    List<Integer> starts = block.kind() == Block.Kind.TABLE_ROW ? List.of(0) : SentenceSplitter.starts(text);
    for (int i = 0; i < starts.size(); i++) {
      int start = starts.get(i);
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      List<Token> tokens = analyzer.tokens(text.substring(start, end));
      if (tokens.isEmpty()) {
        continue;
      }
      int index = sentences.size();
      Sentence sentence = new Sentence(index, section, block, start, text.substring(start, end), tokens);
      sentences.add(sentence);
      inSection.add(sentence);
      int[][] matchers = new int[tokens.size()][];
      wordMatchers.add(matchers);
      for (int t = 0; t < tokens.size(); t++) {
        matchers[t] = table.matching(tokens.get(t));
        for (int matcher : matchers[t]) {
          BitSet posting = postings[matcher];
          if (posting == null) {
            posting = postings[matcher] = new BitSet();
          }
          posting.set(index);
        }
      }
    }
  }

  /**
   * Only a placeholder, a short note that opens with one ("TBD – afventer styregruppen"), or a
   * label whose values are all placeholders ("Projektejer: TBD", "Frigjort tid | TBD | TBD").
   */
  static boolean isPlaceholder(String text, CompiledLexicon lexicon) {
    String t = WordFormFactory.fold(stripEdgeMarks(text.strip()).strip());
    if (t.isEmpty() || lexicon.placeholders().contains(t)) {
      return true;
    }
    // Most blocks are prose: one look at the text before the first separator rules the label
    // form out without splitting the whole block.
    if (labelLength(t) <= SHORT_NOTE_WORDS) {
      String[] parts = LABEL.split(t);
      if (parts.length > 1 && words(parts[0]) <= SHORT_NOTE_WORDS) {
        boolean allEmpty = true;
        for (int i = 1; i < parts.length && allEmpty; i++) {
          allEmpty = isPlaceholderNote(parts[i], lexicon);
        }
        if (allEmpty) {
          return true;
        }
      }
    }
    return isPlaceholderNote(t, lexicon);
  }

  /**
   * The words of the label before a text's first separator ('|' or ':'), as {@link #words}
   * counts them; more than any note has when there is no separator.
   */
  private static int labelLength(String t) {
    int separator = 0;
    while (separator < t.length() && t.charAt(separator) != '|' && t.charAt(separator) != ':') {
      separator++;
    }
    if (separator == t.length()) {
      return Integer.MAX_VALUE;
    }
    int end = separator;
    while (end > 0 && isSpace(t.charAt(end - 1))) {
      end--;
    }
    return words(t.substring(0, end));
  }

  /** How many pieces {@code s.split("\\s+")} gives, counted without making them. */
  static int words(String s) {
    int runs = 0;
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i)) && (i == 0 || !isSpace(s.charAt(i - 1)))) {
        runs++;
      }
    }
    if (runs == 0) {
      return 1;
    }
    // A run at the end leaves an empty last piece, which split drops; so is a text of spaces only.
    int pieces = isSpace(s.charAt(s.length() - 1)) ? runs : runs + 1;
    return pieces == 1 && isSpace(s.charAt(0)) ? 0 : pieces;
  }

  /** The characters {@code \\s} stands for in a Java regular expression. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Without the marks that may wrap a placeholder: "[TBD]", "*TBD*", "TBD.". */
  private static String stripEdgeMarks(String s) {
    int start = 0;
    while (start < s.length() && "[(*_".indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    return stripEnd(s.substring(start), "])*_.:!");
  }

  private static String stripEnd(String s, String marks) {
    int end = s.length();
    while (end > 0 && marks.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  private static boolean isPlaceholderNote(String folded, CompiledLexicon lexicon) {
    String t = stripEnd(folded.strip(), ".!");
    if (t.isEmpty() || lexicon.placeholders().contains(t)) {
      return true;
    }
    if (words(t) > SHORT_NOTE_WORDS) {
      return false;
    }
    for (String placeholder : lexicon.placeholders()) {
      if (t.startsWith(placeholder) && t.length() > placeholder.length()
          && !Character.isLetterOrDigit(t.charAt(placeholder.length()))) {
        return true;
      }
    }
    return false;
  }
}
