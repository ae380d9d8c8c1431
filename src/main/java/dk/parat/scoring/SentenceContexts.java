package dk.parat.scoring;

import dk.parat.checklist.CompiledLexicon;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the lexicon's triggers and signals make of each sentence of a plan, read when first asked
 * for and kept for every judge of the plan. Thread-safe: judges on two threads share one.
 */
final class SentenceContexts {

  private final CompiledLexicon lexicon;
  private final LexiconCandidates candidates;
  private final Map<Integer, ContextReader> readers = new ConcurrentHashMap<>();

  SentenceContexts(PlanIndex index, CompiledLexicon lexicon) {
    this.lexicon = lexicon;
    this.candidates = new LexiconCandidates(lexicon, index);
  }

  CompiledLexicon lexicon() {
    return lexicon;
  }

  ContextReader of(Sentence sentence) {
    return readers.computeIfAbsent(sentence.index(), i -> new ContextReader(lexicon, sentence, candidates));
  }
}
