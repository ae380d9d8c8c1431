package dk.parat.scoring;

import dk.parat.text.Pattern;
import java.util.List;

/** One pattern matching one sentence, with what the sentence says around the match. */
record Hit(Sentence sentence, Pattern pattern, Pattern.Match match, boolean negated, List<String> signals) {

  /** 1 for the mention, plus one for each kind of concrete detail, at most three kinds. */
  int strength() {
    return 1 + Math.min(signals.size(), 3);
  }

  boolean concrete() {
    return !signals.isEmpty();
  }
}
