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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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

  private final Map<WordMatcher, Integer> ids = new LinkedHashMap<>();
  /** Each pattern's matcher numbers: [part][alternative][word]. Patterns are compared by identity. */
  private final Map<Pattern, int[][][]> patterns = new IdentityHashMap<>();
  /** Each pattern's parts' alternatives by the number of their first word: [part] first matcher → alternatives, ascending. */
  private final Map<Pattern, List<Map<Integer, int[]>>> openers = new IdentityHashMap<>();
  private final Map<String, int[]> byDanishStem = new HashMap<>();
  private final Map<String, int[]> byEnglishStem = new HashMap<>();
  private final Map<String, int[]> byCompoundPart = new HashMap<>();
  private final Map<String, int[]> byWritten = new HashMap<>();
  private final Map<String, int[]> byAcronym = new HashMap<>();
  /** Wildcards cannot be looked up by a key: each word is tried against every one. */
  private final List<WordMatcher> wildcards = new ArrayList<>();
  private final List<Integer> wildcardIds = new ArrayList<>();
  private final Map<String, int[]> cache = new ConcurrentHashMap<>();

  private record Made(ChecklistSet checklists, MatcherTable table) {}

  /**
   * The table made last, for the checklists it was made for: a check makes it on the thread that
   * loads the checklists, while the plans are read, and its scorer finds it here.
   */
  private static volatile Made last;

  private MatcherTable(List<Pattern> all) {
    Map<String, List<Integer>> da = new HashMap<>();
    Map<String, List<Integer>> en = new HashMap<>();
    Map<String, List<Integer>> compound = new HashMap<>();
    Map<String, List<Integer>> written = new HashMap<>();
    Map<String, List<Integer>> acronym = new HashMap<>();
    // A phrase used by many patterns (a concept's, in precompiled checklists) is one object, numbered once.
    Map<List<WordMatcher>, int[]> phrases = new IdentityHashMap<>();
    Map<List<List<WordMatcher>>, Map<Integer, int[]>> partOpeners = new IdentityHashMap<>();
    for (Pattern pattern : all) {
      int[][][] numbered = new int[pattern.parts().size()][][];
      for (int p = 0; p < numbered.length; p++) {
        List<List<WordMatcher>> part = pattern.parts().get(p);
        numbered[p] = new int[part.size()][];
        for (int a = 0; a < part.size(); a++) {
          List<WordMatcher> phrase = part.get(a);
          int[] known = phrases.get(phrase);
          if (known == null) {
            known = new int[phrase.size()];
            for (int w = 0; w < known.length; w++) {
              known[w] = register(phrase.get(w), da, en, compound, written, acronym);
            }
            phrases.put(phrase, known);
          }
          numbered[p][a] = known;
        }
      }
      patterns.put(pattern, numbered);
      List<Map<Integer, int[]>> byPart = new ArrayList<>();
      for (int p = 0; p < numbered.length; p++) {
        int[][] part = numbered[p];
        byPart.add(partOpeners.computeIfAbsent(pattern.parts().get(p), k -> byOpener(part)));
      }
      openers.put(pattern, byPart);
    }
    freeze(da, byDanishStem);
    freeze(en, byEnglishStem);
    freeze(compound, byCompoundPart);
    freeze(written, byWritten);
    freeze(acronym, byAcronym);
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

  /**
   * The pattern's matcher numbers, [part][alternative][word]; null for a pattern the table was
   * not built with.
   */
  int[][][] numbers(Pattern pattern) {
    return patterns.get(pattern);
  }

  /**
   * For each part of the pattern, its alternatives by the number of their first word; null for a
   * pattern the table was not built with.
   */
  List<Map<Integer, int[]>> openers(Pattern pattern) {
    return openers.get(pattern);
  }

  private static Map<Integer, int[]> byOpener(int[][] alternatives) {
    Map<Integer, List<Integer>> lists = new HashMap<>();
    for (int a = 0; a < alternatives.length; a++) {
      lists.computeIfAbsent(alternatives[a][0], k -> new ArrayList<>()).add(a);
    }
    Map<Integer, int[]> frozen = new HashMap<>();
    lists.forEach((k, v) -> frozen.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return frozen;
  }

  private int register(WordMatcher m, Map<String, List<Integer>> da, Map<String, List<Integer>> en,
      Map<String, List<Integer>> compound, Map<String, List<Integer>> written, Map<String, List<Integer>> acronym) {
    Integer known = ids.get(m);
    if (known != null) {
      return known;
    }
    int id = ids.size();
    ids.put(m, id);
    Function<String, List<Integer>> fresh = k -> new ArrayList<>();
    if (m instanceof WordMatcher.Stem s) {
      (s.lang() == Lang.DA ? da : en).computeIfAbsent(s.stem(), fresh).add(id);
      if (s.compounds()) {
        compound.computeIfAbsent(s.stem(), fresh).add(id);
      }
    } else if (m instanceof WordMatcher.Written w) {
      written.computeIfAbsent(w.lower(), fresh).add(id);
    } else if (m instanceof WordMatcher.Acronym a) {
      acronym.computeIfAbsent(a.letters(), fresh).add(id);
    } else {
      wildcards.add(m);
      wildcardIds.add(id);
    }
    return id;
  }

  private static void freeze(Map<String, List<Integer>> from, Map<String, int[]> to) {
    from.forEach((k, v) -> to.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** The same answer as asking every matcher, found by looking the word's forms up. */
  private int[] compute(Token token) {
    WordForms forms = token.forms();
    List<int[]> hits = new ArrayList<>();
    add(hits, byDanishStem.get(forms.daStem()));
    add(hits, byEnglishStem.get(forms.enStem()));
    forms.compoundParts().forEach(part -> add(hits, byCompoundPart.get(part)));
    add(hits, byWritten.get(forms.lower()));
    add(hits, byAcronym.get(token.surface()));
    List<Integer> wild = new ArrayList<>();
    for (int i = 0; i < wildcards.size(); i++) {
      if (wildcards.get(i).matches(token)) {
        wild.add(wildcardIds.get(i));
      }
    }
    hits.add(wild.stream().mapToInt(Integer::intValue).toArray());
    int[] all = hits.stream().flatMapToInt(Arrays::stream).sorted().distinct().toArray();
    return all.length == 0 ? NONE : all;
  }

  private static void add(List<int[]> hits, int[] ids) {
    if (ids != null) {
      hits.add(ids);
    }
  }
}
