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
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's sentences, tokenised, each with its section and language. Placeholder text ("TBD"),
 * document furniture and headings are not among them: they are never evidence. This is the part
 * of a {@link PlanIndex} that needs the checklists' lexicon and analyser but not their numbered
 * word matchers, so a short check reads it while the matchers are being numbered.
 */
public final class PlanSentences {

  private static final int SHORT_NOTE_WORDS = 6;
  // Compiled once: every block of every plan is tested.
  private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("\\s*[|:]\\s*");

  private final Plan plan;
  private final Furniture furniture;
  private final List<Sentence> sentences = new ArrayList<>();
  /** Per language, the sentences its rules are tried on: those written in it, and those of no clear language. */
  private final Map<Lang, BitSet> inLanguage = new EnumMap<>(Lang.class);
  /** Each section's heading path, tokenised, and its sentences, in plan order. */
  private final List<Part> parts = new ArrayList<>();

  private record Part(List<List<Token>> headings, List<Sentence> sentences) {}

  public PlanSentences(Plan plan, TextAnalyzer analyzer, CompiledLexicon lexicon) {
    this.plan = plan;
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

  /** The sentences' words, as the trained reader reads them. */
  public List<String> texts() {
    return sentences.stream().map(Sentence::text).toList();
  }

  /** How many blocks were set aside as document furniture (contents, contacts, headers …). */
  public int furnitureBlocks() {
    return furniture.size();
  }

  /** The sentences a rule in this language is tried on. */
  BitSet inLanguage(Lang lang) {
    return inLanguage.get(lang);
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
      if (!tokens.isEmpty()) {
        Sentence sentence = new Sentence(sentences.size(), section, block, start, text.substring(start, end), tokens);
        sentences.add(sentence);
        inSection.add(sentence);
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
