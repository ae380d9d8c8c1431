package dk.parat.scoring;

import dk.parat.checklist.CompiledLexicon;
import dk.parat.checklist.CompiledTrigger;
import dk.parat.checklist.ContextKind;
import dk.parat.text.Pattern;
import dk.parat.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a sentence for what the words around a match say about it, after the ConText
 * algorithm: whether it is negated, somebody else's words, about an earlier project or only
 * considered, each by trigger words with a direction and a reach ({@code checklists/lexicon.yaml});
 * and which kinds of concrete detail the sentence holds.
 */
final class ContextReader {

  private final CompiledLexicon lexicon;
  private final Sentence sentence;
  /** Words inside a phrase that only looks like a negation ("ikke kun"): they negate nothing. */
  private final BitSet notReally = new BitSet();
  private final List<int[]> notReallySpans = new ArrayList<>();
  private final Map<ContextKind, List<int[]>> before = new EnumMap<>(ContextKind.class);
  private final Map<ContextKind, List<int[]>> after = new EnumMap<>(ContextKind.class);
  private final Map<ContextKind, List<int[]>> ends = new EnumMap<>(ContextKind.class);
  private final List<Signal> signals = new ArrayList<>();
  private final boolean question;

  private record Signal(String kind, int first, int last) {}

  ContextReader(CompiledLexicon lexicon, Sentence sentence, LexiconCandidates candidates) {
    this.lexicon = lexicon;
    this.sentence = sentence;
    this.question = sentence.text().strip().endsWith("?");
    List<Token> tokens = sentence.tokens();
    for (int[] span : spans(lexicon.notReally(), candidates)) {
      notReally.set(span[0], span[1] + 1);
      notReallySpans.add(span);
    }
    for (CompiledTrigger t : lexicon.triggers()) {
      before.put(t.kind(), spans(t.before(), candidates));
      after.put(t.kind(), spans(t.after(), candidates));
      ends.put(t.kind(), spans(t.ends(), candidates));
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
      for (int[] span : spans(kind.getValue(), candidates)) {
        signals.add(new Signal(kind.getKey(), span[0], span[1]));
      }
    }
  }

  private List<int[]> spans(List<Pattern> patterns, LexiconCandidates candidates) {
    List<int[]> spans = new ArrayList<>();
    for (Pattern p : candidates.mayMatch(patterns, sentence)) {
      for (Pattern.Match m : candidates.matches(p, sentence)) {
        spans.add(new int[] {m.first(), m.last()});
      }
    }
    return spans;
  }

  /** The kinds of context that govern the match, strongest first; empty when the plan affirms it in its own voice. */
  Set<ContextKind> contextOf(Pattern.Match match) {
    Set<ContextKind> kinds = EnumSet.noneOf(ContextKind.class);
    for (CompiledTrigger t : lexicon.triggers()) {
      if (governs(t, match)) {
        kinds.add(t.kind());
      }
    }
    if (usesNotOnly(match)) {
      kinds.add(ContextKind.NEGATED);
    }
    return kinds;
  }

  /**
   * The strongest kind of context that governs the match, leaving out the kinds a rule does not
   * heed; null when the plan affirms it.
   */
  ContextKind strongest(Pattern.Match match, Set<ContextKind> unheeded) {
    Set<ContextKind> kinds = contextOf(match);
    kinds.removeAll(unheeded);
    return kinds.isEmpty() ? null : kinds.iterator().next();
  }

  private boolean governs(CompiledTrigger t, Pattern.Match match) {
    if (t.questions() && question) {
      return true;
    }
    boolean negation = t.kind() == ContextKind.NEGATED;
    for (int[] trigger : before.get(t.kind())) {
      if (inside(trigger, match) || negation && notReally.get(trigger[0])) {
        continue;
      }
      if (trigger[1] < match.first() && reachesForward(t, trigger, match)) {
        return true;
      }
      // Between the parts of a match ("superbrugerne får ikke tid"): it governs the parts after it
      // in its own clause, not a part in a later clause ("i 2019 uden problemer, og det gik fint").
      if (trigger[0] > match.first() && trigger[1] < match.last()
          && clausesAfter(match, trigger[1]).contains(clause(trigger[0]))) {
        return true;
      }
    }
    for (int[] trigger : after.get(t.kind())) {
      if (inside(trigger, match) || negation && notReally.get(trigger[0])) {
        continue;
      }
      if (trigger[0] > match.last() && trigger[0] - match.last() <= t.afterWindow()
          && clause(trigger[0]) == clause(match.last()) && !coordinatorBetween(match.last(), trigger[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * A trigger before a match governs it within its clause, or, reaching a sentence, up to a word
   * that ends it ("denne gang") or a contrasting conjunction; a negation stops at a coordinator
   * ("fravalgt en pilot og overtager opsætningen" leaves "overtager" alone), and a negated or
   * considered clause reaches the complement clause that hangs on it ("Vi forventer ikke, at …").
   */
  private boolean reachesForward(CompiledTrigger t, int[] trigger, Pattern.Match match) {
    List<Token> tokens = sentence.tokens();
    if (t.sentenceReach()) {
      for (int[] end : ends.get(t.kind())) {
        if (end[0] > trigger[1] && end[1] < match.first()) {
          return false;
        }
      }
      for (int i = trigger[1] + 1; i < match.first(); i++) {
        if (lexicon.clauseConjunctions().contains(tokens.get(i).forms().folded())) {
          return false;
        }
      }
      return true;
    }
    if (clause(trigger[1]) == clause(match.first())) {
      if (t.kind() == ContextKind.NEGATED) {
        for (int i = trigger[1] + 1; i < match.first(); i++) {
          if (lexicon.coordinators().contains(tokens.get(i).forms().folded())) {
            return false;
          }
        }
      }
      return true;
    }
    return t.kind() != ContextKind.PAST && complementOf(trigger, match);
  }

  /** "Lokal-MED og ikke lederne": a trigger after a coordinator is about what follows it. */
  private boolean coordinatorBetween(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (lexicon.coordinators().contains(sentence.tokens().get(i).forms().folded())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a negation stands right at the match: inside it, or at most {@code reach} words before
   * or after it. A rule that counts only where the plan negates what it finds ('!') asks this, so
   * that a negation somewhere in the clause ("tages ikke i brug i første omgang") does not turn a
   * mention of phasing into a red flag.
   */
  boolean negatedAt(Pattern.Match match, int reach) {
    for (int[] trigger : before.get(ContextKind.NEGATED)) {
      if (!notReally.get(trigger[0]) && trigger[1] >= match.first() - reach && trigger[0] <= match.last()) {
        return true;
      }
    }
    for (int[] trigger : after.get(ContextKind.NEGATED)) {
      if (!notReally.get(trigger[0]) && trigger[0] > match.last() && trigger[0] - match.last() <= reach) {
        return true;
      }
    }
    return false;
  }

  /** Whether the match stands in a clause opened by "at"/"that" right after the trigger's clause. */
  private boolean complementOf(int[] trigger, Pattern.Match match) {
    List<Token> tokens = sentence.tokens();
    int clause = clause(match.first());
    int start = match.first();
    while (start > 0 && clause(start - 1) == clause) {
      start--;
    }
    return start > 0 && clause(trigger[1]) == clause - 1
        && lexicon.complementizers().contains(tokens.get(start).forms().folded());
  }

  /**
   * Whether the match, or a later part of it, stands after "ikke kun"/"ikke blot" in its clause:
   * "arbejdsgruppen består ikke kun af ildsjæle" says the opposite of a red flag about enthusiasts.
   */
  boolean afterNotOnly(Pattern.Match match) {
    Set<Integer> clauses = clauses(match);
    for (int[] span : notReallySpans) {
      if (span[1] < match.last() && !match.covers(span[1]) && clauses.contains(clause(span[1]))
          && containsNegationWord(span)) {
        return true;
      }
    }
    return false;
  }

  /** "ikke kun ildsjælene" is no negation of the plan, but it does negate a pattern built on "kun". */
  private boolean usesNotOnly(Pattern.Match match) {
    for (int[] span : notReallySpans) {
      boolean usesPart = false;
      boolean leavesNegation = false;
      for (int i = span[0]; i <= span[1]; i++) {
        boolean negationWord = isNegationWord(i);
        usesPart |= match.covers(i) && !negationWord;
        leavesNegation |= negationWord && !match.covers(i);
      }
      if (usesPart && leavesNegation) {
        return true;
      }
    }
    return false;
  }

  private boolean containsNegationWord(int[] span) {
    for (int i = span[0]; i <= span[1]; i++) {
      if (isNegationWord(i)) {
        return true;
      }
    }
    return false;
  }

  private boolean isNegationWord(int token) {
    for (int[] trigger : before.get(ContextKind.NEGATED)) {
      if (token >= trigger[0] && token <= trigger[1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether any trigger of any kind stands in the sentence, outside phrases that only look like one. */
  boolean anyContext() {
    if (question) {
      return true;
    }
    for (List<int[]> spans : before.values()) {
      for (int[] s : spans) {
        if (!notReally.get(s[0])) {
          return true;
        }
      }
    }
    return after.values().stream().flatMap(List::stream).anyMatch(s -> !notReally.get(s[0]));
  }

  private static boolean inside(int[] trigger, Pattern.Match match) {
    for (int i = trigger[0]; i <= trigger[1]; i++) {
      if (match.covers(i)) {
        return true;
      }
    }
    return false;
  }

  private int clause(int token) {
    return sentence.tokens().get(token).clause();
  }

  private Set<Integer> clauses(Pattern.Match match) {
    return clausesAfter(match, -1);
  }

  /** The clauses of the match's words that come after the given token. */
  private Set<Integer> clausesAfter(Pattern.Match match, int token) {
    Set<Integer> clauses = new TreeSet<>();
    for (int[] span : match.spans()) {
      for (int i = Math.max(span[0], token + 1); i <= span[1]; i++) {
        clauses.add(clause(i));
      }
    }
    return clauses;
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
