package dk.parat.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Named sets of words and phrases that mean the same thing to a checklist ({@code @same-time}:
 * "samtidig", "samme dag", "på én gang" …), defined once and used by any pattern as
 * {@code @name}. An entry is a phrase in the pattern syntax and may itself use other concepts
 * ({@code alle @unit}); a concept that uses itself, directly or through others, is an error.
 * A plain word in an entry matches only as written: a concept lists the forms it means, so
 * that "brugere" (users) does not match "bruges" (is used) through a shared stem. Inflection is
 * asked for with {@code =word} and compounds with wildcards ({@code superbruger*}).
 */
public final class Concepts {

  public static final Concepts NONE = new Concepts(Map.of());
  private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

  private final Map<String, Map<Lang, List<String>>> entries;
  private final Map<String, List<List<String>>> expanded = new ConcurrentHashMap<>();

  /** @param entries each concept's phrases by language */
  public Concepts(Map<String, Map<Lang, List<String>>> entries) {
    this.entries = Map.copyOf(entries);
  }

  public Set<String> names() {
    return new TreeMap<>(entries).keySet();
  }

  /** The concept's own entries as written, in one language. */
  public List<String> entries(String name, Lang lang) {
    Map<Lang, List<String>> byLang = entries.get(name);
    return byLang == null ? List.of() : byLang.getOrDefault(lang, List.of());
  }

  public boolean has(String name) {
    return entries.containsKey(name);
  }

  /**
   * Every phrase the concept stands for in one language, with the concepts it uses replaced by
   * theirs: each phrase a list of pattern words.
   */
  public List<List<String>> phrases(String name, Lang lang) throws PatternSyntaxException {
    String key = name + "/" + lang.code();
    List<List<String>> known = expanded.get(key);
    if (known == null) {
      known = List.copyOf(expand(name, lang, new ArrayDeque<>()));
      expanded.put(key, known);
    }
    return known;
  }

  /** Replaces each {@code @name} in a phrase by each of the concept's phrases: every combination. */
  public List<List<String>> expandPhrase(List<String> pieces, Lang lang) throws PatternSyntaxException {
    return expandPhrase(pieces, lang, new ArrayDeque<>());
  }

  private List<List<String>> expand(String name, Lang lang, Deque<String> using) throws PatternSyntaxException {
    if (!entries.containsKey(name)) {
      throw new PatternSyntaxException("'@" + name + "' is not a concept" + suggestion(name)
          + "; concepts are defined in checklists/concepts.yaml");
    }
    if (using.contains(name)) {
      throw new PatternSyntaxException("concept '@" + name + "' uses itself through " + String.join(" → @", using)
          + "; break the loop");
    }
    List<String> own = entries(name, lang);
    if (own.isEmpty()) {
      throw new PatternSyntaxException("concept '@" + name + "' has no '" + lang.code() + "' entries; add some");
    }
    using.push(name);
    List<List<String>> phrases = new ArrayList<>();
    for (String entry : own) {
      List<String> pieces = new ArrayList<>();
      for (String piece : entry.trim().split("\\s+")) {
        pieces.add(asWritten(piece));
      }
      for (String piece : pieces) {
        if (piece.equals("&") || piece.matches("~\\d+") || piece.contains("(") || piece.contains("|")) {
          throw new PatternSyntaxException("concept '@" + name + "' entry '" + entry
              + "' must be a word or phrase; use '&', '~N' and groups in the patterns that use the concept");
        }
      }
      phrases.addAll(expandPhrase(pieces, lang, using));
    }
    using.pop();
    return phrases;
  }

  /** A plain word as the written form it is; any other piece (=word, wildcard, acronym, @concept, #) as it is. */
  private static String asWritten(String piece) {
    return PLAIN.matcher(piece).matches() && !Token.isAcronym(piece) ? "==" + piece : piece;
  }

  private List<List<String>> expandPhrase(List<String> pieces, Lang lang, Deque<String> using)
      throws PatternSyntaxException {
    List<List<String>> result = new ArrayList<>();
    result.add(List.of());
    for (String piece : pieces) {
      List<List<String>> options = piece.startsWith("@") ? expand(piece.substring(1), lang, using) : List.of(List.of(piece));
      List<List<String>> next = new ArrayList<>(result.size() * options.size());
      for (List<String> head : result) {
        for (List<String> option : options) {
          List<String> joined = new ArrayList<>(head);
          joined.addAll(option);
          next.add(joined);
        }
      }
      result = next;
    }
    return result;
  }

  private String suggestion(String name) {
    String best = null;
    int bestDistance = 3;
    for (String known : entries.keySet()) {
      int d = LevenshteinDistance.getDefaultInstance().apply(name, known);
      if (d < bestDistance) {
        bestDistance = d;
        best = known;
      }
    }
    return best == null ? "" : " (did you mean '@" + best + "'?)";
  }
}
