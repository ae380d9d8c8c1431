package dk.parat.scoring;

import dk.parat.checklist.CompiledLexicon;
import dk.parat.text.Pattern;
import dk.parat.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a sentence for what matters beyond the match itself: whether the clause around the
 * match is negated or dismissed, and which kinds of concrete detail the sentence holds.
 */
final class SentenceReader {

  /** How many words after a match a negation still governs it. */
  private static final int POSTPOSED_NEGATION = 2;

  private final CompiledLexicon lexicon;
  private final Sentence sentence;
  private final BitSet exceptions = new BitSet();
  private final List<int[]> exceptionSpans = new ArrayList<>();
  private final List<int[]> dismissals = new ArrayList<>();
  private final List<Signal> signals = new ArrayList<>();

  private record Signal(String kind, int first, int last) {}

  SentenceReader(CompiledLexicon lexicon, Sentence sentence, LexiconCandidates candidates) {
    this.lexicon = lexicon;
    this.sentence = sentence;
    List<Token> tokens = sentence.tokens();
    for (Pattern p : candidates.mayMatch(lexicon.negationExceptions(), sentence)) {
      for (Pattern.Match m : p.matches(tokens)) {
        m.spans().forEach(s -> exceptions.set(s[0], s[1] + 1));
        exceptionSpans.add(new int[] {m.first(), m.last()});
      }
    }
    for (Pattern p : candidates.mayMatch(lexicon.dismissals(), sentence)) {
      for (Pattern.Match m : p.matches(tokens)) {
        dismissals.add(new int[] {m.first(), m.last()});
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.numeric()) {
        signals.add(new Signal("number", i, i));
      } else if (t.isProperName() && !lexicon.notNames().contains(t.surface())) {
        signals.add(new Signal("name", i, i));
      }
    }
    for (Map.Entry<String, List<Pattern>> kind : lexicon.signals().entrySet()) {
      for (Pattern p : candidates.mayMatch(kind.getValue(), sentence)) {
        for (Pattern.Match m : p.matches(tokens)) {
          signals.add(new Signal(kind.getKey(), m.first(), m.last()));
        }
      }
    }
  }

  /**
   * Whether a negation or dismissal governs the match: one before it in its clause with no
   * "og"/"and" in between ("fravalgt pilot og overtager opsætningen" leaves "overtager" alone),
   * one just after it ("MED-udvalget orienteres ikke"), or one in the clause that a complement
   * clause depends on ("Vi forventer ikke, at løsningen ændrer arbejdsgangene"). Negations and
   * dismissals inside the match are the pattern's own words, not a negation of it.
   */
  boolean negated(Pattern.Match match) {
    if (usesNotOnly(match)) {
      return true;
    }
    List<Token> tokens = sentence.tokens();
    Set<Integer> clauses = clauses(match);
    for (int i = 0; i < tokens.size(); i++) {
      if (clauses.contains(tokens.get(i).clause()) && !match.covers(i) && !exceptions.get(i) && isNegation(i)
          && governs(i, match)) {
        return true;
      }
    }
    for (int[] d : dismissals) {
      boolean inside = match.covers(d[0]) || match.covers(d[1]);
      if (!inside && clauses.contains(tokens.get(d[0]).clause()) && !exceptions.get(d[0]) && governs(d[0], match)) {
        return true;
      }
    }
    return complementOfNegated(match);
  }

  /**
   * Whether the match stands after "ikke kun"/"ikke blot" in its clause: "består ikke kun af
   * ildsjælene" says the opposite of a red flag about enthusiasts.
   */
  boolean afterNotOnly(Pattern.Match match) {
    Set<Integer> clauses = clauses(match);
    for (int[] span : exceptionSpans) {
      if (span[1] < match.first() && clauses.contains(sentence.tokens().get(span[1]).clause())
          && containsNegation(span)) {
        return true;
      }
    }
    return false;
  }

  /** "ikke kun ildsjælene" is no negation of the plan, but it does negate a pattern built on "kun". */
  private boolean usesNotOnly(Pattern.Match match) {
    for (int[] span : exceptionSpans) {
      boolean usesPart = false;
      boolean leavesNegation = false;
      for (int i = span[0]; i <= span[1]; i++) {
        usesPart |= match.covers(i) && !isNegation(i);
        leavesNegation |= isNegation(i) && !match.covers(i);
      }
      if (usesPart && leavesNegation) {
        return true;
      }
    }
    return false;
  }

  private boolean governs(int negation, Pattern.Match match) {
    if (negation > match.last()) {
      return negation - match.last() <= POSTPOSED_NEGATION;
    }
    for (int i = negation + 1; i < match.first(); i++) {
      if (lexicon.coordinators().contains(sentence.tokens().get(i).forms().folded())) {
        return false;
      }
    }
    return true;
  }

  private boolean complementOfNegated(Pattern.Match match) {
    List<Token> tokens = sentence.tokens();
    int clause = tokens.get(match.first()).clause();
    int start = match.first();
    while (start > 0 && tokens.get(start - 1).clause() == clause) {
      start--;
    }
    if (start == 0 || !lexicon.complementizers().contains(tokens.get(start).forms().folded())) {
      return false;
    }
    for (int i = start - 1; i >= 0 && tokens.get(i).clause() == clause - 1; i--) {
      if (isNegation(i) && !exceptions.get(i)) {
        return true;
      }
    }
    return false;
  }

  private Set<Integer> clauses(Pattern.Match match) {
    Set<Integer> clauses = new TreeSet<>();
    for (int[] span : match.spans()) {
      for (int i = span[0]; i <= span[1]; i++) {
        clauses.add(sentence.tokens().get(i).clause());
      }
    }
    return clauses;
  }

  private boolean containsNegation(int[] span) {
    for (int i = span[0]; i <= span[1]; i++) {
      if (isNegation(i)) {
        return true;
      }
    }
    return false;
  }

  private boolean isNegation(int token) {
    return lexicon.negations().contains(sentence.tokens().get(token).forms().folded());
  }

  /** Whether a negation or dismissal stands anywhere in the sentence. */
  boolean negatedAnywhere() {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (!exceptions.get(i) && lexicon.negations().contains(tokens.get(i).forms().folded())) {
        return true;
      }
    }
    return dismissals.stream().anyMatch(d -> !exceptions.get(d[0]));
  }

  /** The kinds of concrete detail in the sentence outside the words the match itself used, sorted. */
  List<String> signals(Pattern.Match match) {
    TreeSet<String> kinds = new TreeSet<>();
    for (Signal s : signals) {
      boolean inside = false;
      for (int i = s.first(); i <= s.last() && !inside; i++) {
        inside = match.covers(i);
      }
      if (!inside) {
        kinds.add(s.kind());
      }
    }
    if (kinds.remove("time")) {
      kinds.add("number");
    }
    return List.copyOf(kinds);
  }
}
