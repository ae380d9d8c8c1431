package dk.parat.text;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which language a sentence is written in, from its function words. Plans mix the two (an
 * English quotation in a Danish plan, a Danish system name in an English one); a rule of one
 * language tried on a sentence of the other finds look-alikes ("Alle" for "all", "før" folded to
 * "for"), so each sentence is matched by the rules of its own language.
 */
public final class LanguageGuess {

  // The commonest words of each language that the other does not use.
  private static final Set<String> DANISH = Set.of("og", "at", "er", "det", "til", "som", "på", "med", "af",
      "de", "der", "ikke", "vi", "den", "et", "har", "vil", "skal", "kan", "bliver", "blev", "fra", "om", "hvor",
      "når", "eller", "også", "så", "efter", "alle", "jeg", "men", "hvis", "være", "været", "deres", "vores", "os",
      "hver", "får", "kun", "nu", "her", "mellem", "uden", "inden", "før", "både", "samt", "denne", "dette", "disse");
  private static final Set<String> ENGLISH = Set.of("the", "and", "to", "of", "is", "are", "we", "will", "be",
      "that", "with", "this", "it", "on", "by", "from", "as", "not", "have", "has", "was", "were", "our", "their",
      "they", "which", "who", "when", "where", "each", "all", "also", "can", "should", "would", "been", "into",
      "before", "after", "only", "than", "these", "those", "there", "but", "or", "if", "its", "no", "at");

  private LanguageGuess() {}

  /** The sentence's language when its function words say so; empty when they do not decide. */
  public static Optional<Lang> of(List<Token> tokens) {
    int danish = 0;
    int english = 0;
    for (Token t : tokens) {
      String word = t.forms().lower();
      if (DANISH.contains(word)) {
        danish++;
      }
      if (ENGLISH.contains(word)) {
        english++;
      }
    }
    if (danish == english) {
      return Optional.empty();
    }
    return Optional.of(danish > english ? Lang.DA : Lang.EN);
  }
}
