package dk.parat.checklist;

import dk.parat.text.Pattern;
import dk.parat.text.WordFormFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lexicon ready for matching.
 *
 * @param triggers each kind of context's triggers, strongest kind first
 * @param notReally phrases that look like negations but are none ("ikke kun")
 * @param coordinators folded words ("og") past which a negation before them does not reach
 * @param contrasts folded words ("alligevel", "men") with which a plan answers a red flag it has just named
 * @param complementizers folded words ("at") that open a clause a trigger before the comma reaches
 * @param placeholders folded texts that are only placeholders
 * @param furniture the words that recognise document furniture
 * @param notNames capitalised words that are no proper names
 * @param signals concreteness patterns by kind (role, activity, money, time)
 * @param concepts each concept's pattern ({@code @name}) in each language it has words in: the
 *     trained reader weighs which concepts a sentence holds beside its runs of letters, so that a
 *     synonym added to a concept reaches the reader as it reaches every rule
 */
public record CompiledLexicon(
    List<CompiledTrigger> triggers,
    List<Pattern> notReally,
    Set<String> clauseConjunctions,
    Set<String> coordinators,
    Set<String> contrasts,
    Set<String> complementizers,
    Set<String> placeholders,
    FurnitureWords furniture,
    Set<String> notNames,
    Map<String, List<Pattern>> signals,
    Map<String, List<Pattern>> concepts) {

  /** Every pattern the lexicon holds, for the matcher table. */
  public List<Pattern> patterns() {
    List<Pattern> all = new ArrayList<>(notReally);
    for (CompiledTrigger t : triggers) {
      all.addAll(t.before());
      all.addAll(t.after());
      all.addAll(t.ends());
    }
    signals.values().forEach(all::addAll);
    concepts.values().forEach(all::addAll);
    return all;
  }

  /** The single words that negate what follows them, folded ("ikke", "ingen", "never"). */
  public Set<String> negationWords() {
    return trigger(ContextKind.NEGATED).before().stream().map(Pattern::source).filter(w -> !w.contains(" "))
        .map(WordFormFactory::fold).collect(Collectors.toUnmodifiableSet());
  }

  public CompiledTrigger trigger(ContextKind kind) {
    return triggers.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
  }
}
