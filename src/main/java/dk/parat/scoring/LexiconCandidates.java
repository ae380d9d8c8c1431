package dk.parat.scoring;

import dk.parat.checklist.CompiledLexicon;
import dk.parat.checklist.CompiledTrigger;
import dk.parat.text.Pattern;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * For each lexicon pattern (context triggers, concreteness signals), the sentences
 * of one plan that may match it. Worked out once per plan, so that reading a sentence tries only
 * the few of the lexicon's hundreds of patterns whose words the sentence holds.
 */
final class LexiconCandidates {

  /** Per pattern list of the lexicon, compared by identity: each pattern's candidate sentences. */
  private final Map<List<Pattern>, BitSet[]> sets = new IdentityHashMap<>();
  private final PlanIndex index;

  LexiconCandidates(CompiledLexicon lexicon, PlanIndex index) {
    this.index = index;
    add(lexicon.notReally(), index);
    for (CompiledTrigger t : lexicon.triggers()) {
      add(t.before(), index);
      add(t.after(), index);
      add(t.ends(), index);
    }
    lexicon.signals().values().forEach(list -> add(list, index));
  }

  private void add(List<Pattern> patterns, PlanIndex index) {
    sets.put(patterns, patterns.stream().map(index::candidateSet).toArray(BitSet[]::new));
  }

  /** The pattern's matches in the sentence, one of the plan's. */
  List<Pattern.Match> matches(Pattern pattern, Sentence sentence) {
    return index.matches(pattern, sentence);
  }

  /** The patterns of one of the lexicon's lists that may match the sentence, in the list's order. */
  List<Pattern> mayMatch(List<Pattern> patterns, Sentence sentence) {
    BitSet[] candidates = sets.get(patterns);
    List<Pattern> found = new ArrayList<>();
    for (int i = 0; i < candidates.length; i++) {
      if (candidates[i].get(sentence.index())) {
        found.add(patterns.get(i));
      }
    }
    return found;
  }
}
