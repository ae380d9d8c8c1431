package dk.parat.scoring;

import dk.parat.checklist.ContextKind;
import dk.parat.text.Pattern;
import java.util.List;

/**
 * One rule matching one sentence, with what the sentence says around the match.
 *
 * @param rule the rule as the checklist writes it
 * @param context the strongest kind of context that governs the match, or null when the plan affirms it
 */
record Hit(Sentence sentence, String rule, Pattern.Match match, ContextKind context, List<String> signals) {

  /** Sentences this short are labels, not statements ("Psykologisk tryghed.", "Big bang"). */
  static final int FRAGMENT_WORDS = 4;

  boolean affirmed() {
    return context == null;
  }

  /** Only considered or hedged: a vague mention or a weak guard at most. */
  boolean considered() {
    return context == ContextKind.CONSIDERED || context == ContextKind.HEDGED;
  }

  boolean fragment() {
    return sentence.tokens().size() <= FRAGMENT_WORDS;
  }

  /** 1 for the mention, plus one for each kind of concrete detail, at most three kinds. */
  int strength() {
    return 1 + Math.min(signals.size(), 3);
  }

  boolean concrete() {
    return !signals.isEmpty();
  }
}
