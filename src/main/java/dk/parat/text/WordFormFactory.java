package dk.parat.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns written words into {@link WordForms}. Knows the stems the loaded checklists ask for,
 * so it can tell which of them a Danish compound holds ("medarbejderinddragelsen" holds
 * "medarbejd" and "inddrag"). Thread-safe; forms are cached per word, since a portfolio of
 * plans shares most of its vocabulary.
 */
public final class WordFormFactory {

  /** Shortest stem that may stand first in a compound ("test" in "testforløb"). */
  static final int MIN_MODIFIER = 4;
  /** Shortest stem that may stand inside or last in a compound; shorter ones hide in too many words. */
  static final int MIN_HEAD = 5;
  /** The other part of a compound must have at least this many letters. */
  static final int MIN_REST = 3;
  private static final int CACHE_LIMIT = 200_000;

  private static final ScandinavianNormalizer AA_TO_Å =
      new ScandinavianNormalizer(Set.of(ScandinavianNormalizer.Foldings.AA));
  private static final ThreadLocal<SnowballStemmer> DANISH = ThreadLocal.withInitial(DanishStemmer::new);
  private static final ThreadLocal<SnowballStemmer> ENGLISH = ThreadLocal.withInitial(EnglishStemmer::new);

  private final Set<String> compoundStems;
  private final int longestStem;
  private final Map<String, WordForms> cache = new ConcurrentHashMap<>();

  /** @param compoundStems Danish stems that may be found inside compounds */
  public WordFormFactory(Set<String> compoundStems) {
    this.compoundStems = Set.copyOf(compoundStems);
    this.longestStem = compoundStems.stream().mapToInt(String::length).max().orElse(0);
  }

  /** A factory that recognises no compounds; for compiling patterns. */
  public static WordFormFactory withoutCompounds() {
    return new WordFormFactory(Set.of());
  }

  public WordForms forms(String word) {
    // Kept under the word as written: a hit then costs no lower-casing.
    WordForms forms = cache.get(word);
    if (forms == null) {
      forms = compute(word.toLowerCase(Locale.ROOT));
      if (cache.size() > CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(word, forms);
    }
    return forms;
  }

  /**
   * The Danish stem of a word, as patterns store it. Its letters are not folded: "før" and "for",
   * "får" and "far" are different words.
   */
  public static String danishStem(String word) {
    return stem(DANISH.get(), normalise(word.toLowerCase(Locale.ROOT)));
  }

  public static String englishStem(String word) {
    return fold(stem(ENGLISH.get(), word.toLowerCase(Locale.ROOT)));
  }

  /** Lower case, {@code aa} as {@code å}, then diacritics folded away: the spelling compared by wildcards. */
  public static String fold(String word) {
    String lower = normalise(word.toLowerCase(Locale.ROOT));
    // Lucene's folding is one method too large for the JIT to compile; it is asked only about
    // the letters it would change, which leaves the result the same.
    char[] in = lower.toCharArray();
    char[] out = new char[in.length * 4];
    int n = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i] < '\u0080') {
        out[n++] = in[i];
      } else {
        n = ASCIIFoldingFilter.foldToASCII(in, i, out, n, 1);
      }
    }
    return new String(out, 0, n);
  }

  private WordForms compute(String lower) {
    String normal = normalise(lower);
    String folded = fold(normal);
    String daStem = stem(DANISH.get(), normal);
    String enStem = fold(stem(ENGLISH.get(), lower));
    Set<String> later = new HashSet<>();
    Set<String> parts = compoundParts(normal, later);
    return new WordForms(normal, folded, daStem, enStem, parts, later.isEmpty() ? Set.of() : Set.copyOf(later));
  }

  /** The compound parts the word holds, those after its first part also put in {@code later}. */
  private Set<String> compoundParts(String normal, Set<String> later) {
    if (compoundStems.isEmpty() || normal.length() < MIN_MODIFIER + MIN_REST) {
      return Set.of();
    }
    Set<String> parts = new HashSet<>();
    int len = normal.length();
    for (int start = 0; start + MIN_MODIFIER <= len; start++) {
      if (start > 0 && start < MIN_REST) {
        continue;
      }
      for (int l = MIN_MODIFIER; l <= longestStem && start + l <= len; l++) {
        String part = normal.substring(start, start + l);
        if (!compoundStems.contains(part)) {
          continue;
        }
        boolean modifier = start == 0 && len - l >= MIN_REST;
        boolean inner = start >= MIN_REST && l >= MIN_HEAD && len - start - l >= MIN_REST;
        if (modifier || inner) {
          parts.add(part);
        }
        if (inner) {
          later.add(part);
        }
      }
    }
    // A head in any inflection: "projektlederne" ends in a form of "leder".
    for (int start = MIN_REST; start + MIN_MODIFIER <= normal.length(); start++) {
      String head = stem(DANISH.get(), normal.substring(start));
      // Four-letter heads ("ring", "ning") end too many unrelated words.
      if (head.length() >= MIN_HEAD && compoundStems.contains(head)) {
        parts.add(head);
        later.add(head);
      }
    }
    return parts.isEmpty() ? Set.of() : Set.copyOf(parts);
  }

  /** Lower case with {@code aa} as {@code å}, diacritics kept: the spelling {@code ==word} compares. */
  public static String lower(String word) {
    return normalise(word.toLowerCase(Locale.ROOT));
  }

  private static String normalise(String lower) {
    char[] chars = lower.toCharArray();
    int n = AA_TO_Å.processToken(chars, chars.length);
    return new String(chars, 0, n);
  }

  private static String stem(SnowballStemmer stemmer, String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
