package dk.parat.scoring;

import dk.parat.checklist.CompiledLexicon;
import dk.parat.text.Pattern;
import dk.parat.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a sentence for what matters beyond the match itself: whether the clause around the
 * match is negated or dismissed, and which kinds of concrete detail the sentence holds.
 */
final class SentenceReader {

  private final CompiledLexicon lexicon;
  private final Sentence sentence;
  private final BitSet exceptions = new BitSet();
  private final List<int[]> dismissals = new ArrayList<>();
  private final List<Signal> signals = new ArrayList<>();

  private record Signal(String kind, int first, int last) {}

  SentenceReader(CompiledLexicon lexicon, Sentence sentence) {
    this.lexicon = lexicon;
    this.sentence = sentence;
    List<Token> tokens = sentence.tokens();
    for (Pattern p : lexicon.negationExceptions()) {
      for (Pattern.Match m : p.matches(tokens)) {
        m.spans().forEach(s -> exceptions.set(s[0], s[1] + 1));
      }
    }
    for (Pattern p : lexicon.dismissals()) {
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
      for (Pattern p : kind.getValue()) {
        for (Pattern.Match m : p.matches(tokens)) {
          signals.add(new Signal(kind.getKey(), m.first(), m.last()));
        }
      }
    }
  }

  /** Whether a negation or dismissal stands in a clause of the match. */
  boolean negated(Pattern.Match match) {
    List<Token> tokens = sentence.tokens();
    TreeSet<Integer> clauses = new TreeSet<>();
    for (int[] span : match.spans()) {
      for (int i = span[0]; i <= span[1]; i++) {
        clauses.add(tokens.get(i).clause());
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (clauses.contains(t.clause()) && !match.covers(i) && !exceptions.get(i)
          && lexicon.negations().contains(t.forms().folded())) {
        return true;
      }
    }
    for (int[] d : dismissals) {
      if (clauses.contains(tokens.get(d[0]).clause()) && !exceptions.get(d[0])) {
        return true;
      }
    }
    return false;
  }

  /** Whether any clause of the sentence is negated or dismissed. */
  boolean negatedAnywhere() {
    List<int[]> all = new ArrayList<>();
    all.add(new int[] {0, sentence.tokens().size() - 1});
    return negated(new Pattern.Match(all));
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
