package dk.parat.scoring;

import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.CompiledItem;
import dk.parat.text.Lang;
import dk.parat.text.Pattern;
import dk.parat.text.Token;
import dk.parat.text.WordForms;
import dk.parat.text.WordMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Every distinct word matcher of a run's patterns, numbered, and which of them each written
 * word satisfies. A plan's index posts its sentences under these numbers, so that a pattern is
 * tried only on the sentences that hold a word for each of its parts, whatever kind of word
 * (stem, wildcard, acronym) the pattern starts with. Which matchers a word satisfies is worked
 * out once per word and kept: a portfolio shares most of its vocabulary. Thread-safe.
 */
public final class MatcherTable {

  private static final int[] NONE = new int[0];
  private static final int CACHE_LIMIT = 200_000;

  /** Each distinct matcher's number: equal matchers share one. */
  private final Map<WordMatcher, Integer> ids = new HashMap<>();
  /**
   * The numbers by identity, looked at first: the precompiled checklists share one object among
   * most equal matchers, and hashing a record runs through method handles, which a cold start
   * pays for noticeably; a matcher object is hashed once.
   */
  private final Map<WordMatcher, Integer> idsByIdentity = new IdentityHashMap<>();
  /** Each pattern as numbered here. Patterns are compared by identity. */
  private final Map<Pattern, NumberedPattern> patterns = new IdentityHashMap<>();
  /** The ways a word is looked up, each with the matchers that take it by that key. */
  private enum Key { DANISH_STEM, ENGLISH_STEM, COMPOUND_PART, LATER_PART, WRITTEN, ACRONYM, PREFIX, SUFFIX }

  private final Map<Key, Map<String, int[]>> byKey = new EnumMap<>(Key.class);
  /** The longest prefix and suffix: a word's beginnings and endings are looked up only up to these lengths. */
  private int longestPrefix;
  private int longestSuffix;
  /** The few matchers no key finds (infixes, numbers, names): each word is tried against every one. */
  private final List<WordMatcher> others = new ArrayList<>();
  private final List<Integer> otherIds = new ArrayList<>();
  private final Map<String, int[]> cache = new ConcurrentHashMap<>();
  /** How many distinct parts (by identity) the patterns hold. */
  private final int parts;
  /**
   * Each part's trie, by its number, made when first asked for: the table is made at every start,
   * and a plan's patterns are mostly settled by their first part.
   */
  private final AtomicReferenceArray<PhraseTrie> tries;

  private record Made(ChecklistSet checklists, MatcherTable table) {}

  /**
   * A pattern as the table numbers it.
   *
   * @param parts each part's number among the table's distinct parts (below {@link #parts()})
   * @param alternatives each part's alternatives as their words' matcher numbers: [part][alternative][word]
   */
  record NumberedPattern(int[] parts, int[][][] alternatives) {}

  /** A distinct part: its number and its alternatives' matcher numbers. */
  private record NumberedPart(int number, int[][] alternatives) {}

  /**
   * The table made last, for the checklists it was made for: a check makes it on the thread that
   * loads the checklists, while the plans are read, and its scorer finds it here.
   */
  private static volatile Made last;

  private MatcherTable(List<Pattern> all) {
    Map<Key, Map<String, List<Integer>>> building = new EnumMap<>(Key.class);
    for (Key key : Key.values()) {
      building.put(key, new HashMap<>());
    }
    int alternatives = 0;
    for (Pattern pattern : all) {
      for (List<List<WordMatcher>> part : pattern.parts()) {
        alternatives += part.size();
      }
    }
    // Sized for the most they can hold: growing a map of many thousand entries step by step costs
    // a good part of the time the table takes to make, at every start.
    Map<List<WordMatcher>, int[]> phrases = new IdentityHashMap<>(alternatives);
    // A phrase used by many patterns (a concept's, in precompiled checklists) is one object, numbered
    // once; so is a part that several patterns share.
    Map<List<List<WordMatcher>>, NumberedPart> parts = new IdentityHashMap<>(2 * all.size());
    for (Pattern pattern : all) {
      int size = pattern.parts().size();
      NumberedPattern numbered = new NumberedPattern(new int[size], new int[size][][]);
      for (int p = 0; p < size; p++) {
        List<List<WordMatcher>> part = pattern.parts().get(p);
        NumberedPart known = parts.get(part);
        if (known == null) {
          int[][] numbers = new int[part.size()][];
          for (int a = 0; a < numbers.length; a++) {
            numbers[a] = number(part.get(a), phrases, building);
          }
          known = new NumberedPart(parts.size(), numbers);
          parts.put(part, known);
        }
        numbered.parts()[p] = known.number();
        numbered.alternatives()[p] = known.alternatives();
      }
      patterns.put(pattern, numbered);
    }
    this.parts = parts.size();
    this.tries = new AtomicReferenceArray<>(this.parts);
    building.forEach((key, lists) -> {
      Map<String, int[]> frozen = new HashMap<>();
      lists.forEach((k, v) -> frozen.put(k, ints(v)));
      byKey.put(key, frozen);
    });
  }

  /** The table of every pattern the checklists and the lexicon hold. */
  public static MatcherTable of(ChecklistSet checklists) {
    Made made = last;
    if (made != null && made.checklists() == checklists) {
      return made.table();
    }
    List<Pattern> all = new ArrayList<>();
    for (CompiledChecklist checklist : checklists.checklists()) {
      for (CompiledItem item : checklist.items()) {
        all.addAll(item.patterns());
      }
    }
    all.addAll(checklists.lexicon().patterns());
    MatcherTable table = new MatcherTable(all);
    last = new Made(checklists, table);
    return table;
  }

  /** How many distinct parts (by identity) the patterns hold. */
  int parts() {
    return parts;
  }

  /** How many distinct matchers there are; their numbers run from 0 to this, exclusive. */
  public int size() {
    return ids.size();
  }

  /** The numbers of the matchers the word satisfies, ascending. */
  public int[] matching(Token token) {
    // A capitalised word is a proper name only when it does not open its sentence.
    String key = token.opening() ? "\u0001" + token.surface() : token.surface();
    int[] found = cache.get(key);
    if (found == null) {
      found = compute(token);
      if (cache.size() > CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(key, found);
    }
    return found;
  }

  /** The pattern as numbered here; null for a pattern the table was not built with. */
  NumberedPattern numbered(Pattern pattern) {
    return patterns.get(pattern);
  }

  /**
   * The trie of a pattern's part ({@link NumberedPattern#parts()}), made when first asked for.
   * Two threads asking at once may each make it; the tries are equal, and either is kept.
   */
  PhraseTrie trie(NumberedPattern pattern, int part) {
    int number = pattern.parts()[part];
    PhraseTrie trie = tries.get(number);
    if (trie == null) {
      trie = PhraseTrie.of(pattern.alternatives()[part]);
      tries.set(number, trie);
    }
    return trie;
  }

  /** The phrase's words' matcher numbers, one array for each distinct phrase object. */
  private int[] number(List<WordMatcher> phrase, Map<List<WordMatcher>, int[]> phrases,
      Map<Key, Map<String, List<Integer>>> building) {
    int[] known = phrases.get(phrase);
    if (known == null) {
      known = new int[phrase.size()];
      for (int w = 0; w < known.length; w++) {
        known[w] = register(phrase.get(w), building);
      }
      phrases.put(phrase, known);
    }
    return known;
  }

  private int register(WordMatcher m, Map<Key, Map<String, List<Integer>>> building) {
    Integer known = idsByIdentity.get(m);
    if (known == null) {
      known = ids.get(m);
      if (known != null) {
        idsByIdentity.put(m, known);
      }
    }
    if (known != null) {
      return known;
    }
    int id = ids.size();
    ids.put(m, id);
    idsByIdentity.put(m, id);
    if (m instanceof WordMatcher.Stem s) {
      post(building, s.lang() == Lang.DA ? Key.DANISH_STEM : Key.ENGLISH_STEM, s.stem(), id);
      switch (s.compounds()) {
        case ANY_PART -> post(building, Key.COMPOUND_PART, s.stem(), id);
        case LATER_PART -> post(building, Key.LATER_PART, s.stem(), id);
        case NONE -> { }
      }
    } else if (m instanceof WordMatcher.Written w) {
      post(building, Key.WRITTEN, w.lower(), id);
    } else if (m instanceof WordMatcher.Acronym a) {
      post(building, Key.ACRONYM, a.letters(), id);
    } else if (m instanceof WordMatcher.Prefix p) {
      post(building, Key.PREFIX, p.folded(), id);
      longestPrefix = Math.max(longestPrefix, p.folded().length());
    } else if (m instanceof WordMatcher.Suffix s) {
      post(building, Key.SUFFIX, s.folded(), id);
      longestSuffix = Math.max(longestSuffix, s.folded().length());
    } else {
      others.add(m);
      otherIds.add(id);
    }
    return id;
  }

  private static void post(Map<Key, Map<String, List<Integer>>> building, Key key, String word, int id) {
    building.get(key).computeIfAbsent(word, k -> new ArrayList<>()).add(id);
  }

  // A plain loop: the table is made at every start, before the JIT has compiled any stream.
  private static int[] ints(List<Integer> list) {
    int[] ints = new int[list.size()];
    for (int i = 0; i < ints.length; i++) {
      ints[i] = list.get(i);
    }
    return ints;
  }

  /**
   * The same answer as asking every matcher, found by looking the word's forms up: its stems, its
   * compound parts, the word as written, and each of its beginnings and endings for the wildcards.
   */
  private int[] compute(Token token) {
    WordForms forms = token.forms();
    List<int[]> hits = new ArrayList<>();
    add(hits, byKey.get(Key.DANISH_STEM).get(forms.daStem()));
    add(hits, byKey.get(Key.ENGLISH_STEM).get(forms.enStem()));
    Map<String, int[]> compoundParts = byKey.get(Key.COMPOUND_PART);
    forms.compoundParts().forEach(part -> add(hits, compoundParts.get(part)));
    Map<String, int[]> laterParts = byKey.get(Key.LATER_PART);
    forms.laterParts().forEach(part -> add(hits, laterParts.get(part)));
    add(hits, byKey.get(Key.WRITTEN).get(forms.lower()));
    add(hits, byKey.get(Key.ACRONYM).get(token.surface()));
    String folded = forms.folded();
    Map<String, int[]> prefixes = byKey.get(Key.PREFIX);
    for (int length = 0; length <= Math.min(longestPrefix, folded.length()); length++) {
      add(hits, prefixes.get(folded.substring(0, length)));
    }
    Map<String, int[]> suffixes = byKey.get(Key.SUFFIX);
    for (int length = 0; length <= Math.min(longestSuffix, folded.length()); length++) {
      add(hits, suffixes.get(folded.substring(folded.length() - length)));
    }
    for (int i = 0; i < others.size(); i++) {
      if (others.get(i).matches(token)) {
        hits.add(new int[] {otherIds.get(i)});
      }
    }
    return sortedDistinct(hits);
  }

  /** The numbers of all the lists, ascending, each once; by hand, as this runs for every new word from the first plan on. */
  private static int[] sortedDistinct(List<int[]> lists) {
    int size = 0;
    for (int[] list : lists) {
      size += list.length;
    }
    if (size == 0) {
      return NONE;
    }
    int[] all = new int[size];
    int at = 0;
    for (int[] list : lists) {
      System.arraycopy(list, 0, all, at, list.length);
      at += list.length;
    }
    Arrays.sort(all);
    int distinct = 1;
    for (int i = 1; i < all.length; i++) {
      if (all[i] != all[distinct - 1]) {
        all[distinct++] = all[i];
      }
    }
    return distinct == all.length ? all : Arrays.copyOf(all, distinct);
  }

  private static void add(List<int[]> hits, int[] ids) {
    if (ids != null) {
      hits.add(ids);
    }
  }
}
