package dk.parat.scoring;

import dk.parat.checklist.ChecklistSet;
import dk.parat.reader.ConceptFeatures;
import dk.parat.text.Pattern;
import dk.parat.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which of the lexicon's concepts each sentence holds, in either language, as the trained
 * reader's concept features ({@link ConceptFeatures}): an English sentence holds
 * {@code same-time} as a Danish one does. A concept is found as the rules find it, through the
 * matcher table's numbers for each word, following all concepts' phrases together word by word
 * ({@link PhraseTrie}). Thread-safe.
 */
public final class ConceptSpotter {

  private final MatcherTable table;
  private final ConceptFeatures features;
  /** Each phrase's concept, by its number. */
  private final int[] conceptOf;
  /** The phrases as a trie over their words. */
  private final PhraseTrie trie;
  private final int concepts;

  private record Made(ChecklistSet checklists, ConceptSpotter spotter) {}

  /** The spotter made last, for the checklists it was made for: a check makes it while the plan is read. */
  private static volatile Made last;

  private ConceptSpotter(MatcherTable table, Map<String, List<Pattern>> byConcept) {
    this.table = table;
    List<String> names = List.copyOf(byConcept.keySet());
    this.features = new ConceptFeatures(names);
    this.concepts = names.size();
    List<int[]> all = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      for (Pattern pattern : byConcept.get(names.get(c))) {
        for (int[] phrase : table.numbered(pattern).alternatives()[0]) {
          all.add(phrase);
          owners.add(c);
        }
      }
    }
    this.conceptOf = owners.stream().mapToInt(Integer::intValue).toArray();
    this.trie = PhraseTrie.of(all.toArray(int[][]::new));
  }

  /** The spotter of the concepts the checklists' lexicon holds. */
  public static ConceptSpotter of(ChecklistSet checklists) {
    Made made = last;
    if (made != null && made.checklists() == checklists) {
      return made.spotter();
    }
    ConceptSpotter spotter = new ConceptSpotter(MatcherTable.of(checklists), checklists.lexicon().concepts());
    last = new Made(checklists, spotter);
    return spotter;
  }

  /** Each sentence's concept features, in plan order. */
  public List<int[]> features(PlanSentences read) {
    return features(new PlanIndex(read, table));
  }

  /** Each sentence's concept features, in plan order, from the matchers the index found for its words. */
  List<int[]> features(PlanIndex index) {
    List<int[]> all = new ArrayList<>(index.sentences().size());
    for (Sentence sentence : index.sentences()) {
      all.add(features(index.wordMatchers(sentence)));
    }
    return all;
  }

  /** The concept features of a sentence of these words. */
  public int[] features(List<Token> tokens) {
    int[][] words = new int[tokens.size()][];
    for (int t = 0; t < words.length; t++) {
      words[t] = table.matching(tokens.get(t));
    }
    return features(words);
  }

  /** The concept features of a sentence whose words satisfy these matchers. */
  private int[] features(int[][] words) {
    boolean[] found = new boolean[concepts];
    trie.standing(words, p -> !found[conceptOf[p]], (p, t) -> found[conceptOf[p]] = true);
    int[] held = new int[concepts];
    int n = 0;
    for (int c = 0; c < concepts; c++) {
      if (found[c]) {
        held[n++] = c;
      }
    }
    return features.buckets(Arrays.copyOf(held, n));
  }
}
