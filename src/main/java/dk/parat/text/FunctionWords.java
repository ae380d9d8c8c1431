package dk.parat.text;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The commonest words of each language that the other does not use, which tell a sentence's
 * language, and the short words that fill every plan: a rule word that stems like one of them
 * would match it in nearly every plan.
 */
public final class FunctionWords {

  private static final Set<String> DANISH = Set.of("og", "at", "er", "det", "til", "som", "på", "med", "af",
      "de", "der", "ikke", "vi", "den", "et", "har", "vil", "skal", "kan", "bliver", "blev", "fra", "om", "hvor",
      "når", "eller", "også", "så", "efter", "alle", "jeg", "men", "hvis", "være", "været", "deres", "vores", "os",
      "hver", "får", "kun", "nu", "her", "mellem", "uden", "inden", "før", "både", "samt", "denne", "dette", "disse");
  private static final Set<String> ENGLISH = Set.of("the", "and", "to", "of", "is", "are", "we", "will", "be",
      "that", "with", "this", "it", "on", "by", "from", "as", "not", "have", "has", "was", "were", "our", "their",
      "they", "which", "who", "when", "where", "each", "all", "also", "can", "should", "would", "been", "into",
      "before", "after", "only", "than", "these", "those", "there", "but", "or", "if", "its", "no", "at");
  /** Short words both languages share or that tell nothing of the language, but fill every plan all the same. */
  private static final Set<String> DANISH_FILLERS = Set.of("for", "i", "en", "mod", "ved", "over", "under");
  private static final Set<String> ENGLISH_FILLERS = Set.of("for", "in", "a", "an");

  /** Each language's function words by their stems, as a rule word is matched. */
  private static final Map<String, String> DANISH_BY_STEM = byStem(DANISH, DANISH_FILLERS, Lang.DA);
  private static final Map<String, String> ENGLISH_BY_STEM = byStem(ENGLISH, ENGLISH_FILLERS, Lang.EN);

  private FunctionWords() {}

  public static boolean isDanish(String lowerCaseWord) {
    return DANISH.contains(lowerCaseWord);
  }

  public static boolean isEnglish(String lowerCaseWord) {
    return ENGLISH.contains(lowerCaseWord);
  }

  /**
   * The function word that a rule word, matched by its stem, would also match ("forrige", stem
   * "for", and "for"), if there is one and it is not the word itself.
   */
  public static Optional<String> sharingStem(String stem, String word, Lang lang) {
    String lower = WordFormFactory.lower(word);
    String functionWord = (lang == Lang.DA ? DANISH_BY_STEM : ENGLISH_BY_STEM).get(stem);
    return functionWord == null || functionWord.equals(lower) ? Optional.empty() : Optional.of(functionWord);
  }

  private static Map<String, String> byStem(Set<String> words, Set<String> fillers, Lang lang) {
    // Where two function words share a stem, either names the clash.
    return Stream.concat(words.stream(), fillers.stream())
        .collect(Collectors.toMap(w -> stem(w, lang), w -> w, (a, b) -> a.compareTo(b) < 0 ? a : b));
  }

  private static String stem(String word, Lang lang) {
    return lang == Lang.DA ? WordFormFactory.danishStem(word) : WordFormFactory.englishStem(word);
  }
}
