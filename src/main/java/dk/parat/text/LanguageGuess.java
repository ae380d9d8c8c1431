package dk.parat.text;

import java.util.List;
import java.util.Optional;

/**
 * Which language a sentence is written in, from its function words. Plans mix the two (an
 * English quotation in a Danish plan, a Danish system name in an English one); a rule of one
 * language tried on a sentence of the other finds look-alikes ("Alle" for "all", "før" folded to
 * "for"), so each sentence is matched by the rules of its own language.
 */
public final class LanguageGuess {

  private LanguageGuess() {}

  /** The sentence's language when its function words say so; empty when they do not decide. */
  public static Optional<Lang> of(List<Token> tokens) {
    int danish = 0;
    int english = 0;
    for (Token t : tokens) {
      String word = t.forms().lower();
      if (FunctionWords.isDanish(word)) {
        danish++;
      }
      if (FunctionWords.isEnglish(word)) {
        english++;
      }
    }
    if (danish == english) {
      return Optional.empty();
    }
    return Optional.of(danish > english ? Lang.DA : Lang.EN);
  }
}
