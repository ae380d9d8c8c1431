package dk.parat.text;

/**
 * One word of a text, with its character offsets in that text.
 *
 * @param surface the word as written
 * @param numeric whether the word holds a digit (a number, a date, a year)
 * @param clause index of the clause the word stands in, for negation scope
 * @param opening whether the word opens a sentence, a table cell or a list after a colon, where a
 *     capital letter does not make a proper name
 */
public record Token(String surface, int start, int end, boolean numeric, int clause, boolean opening, WordForms forms) {

  public boolean isAcronym() {
    return isAcronym(surface);
  }

  /** Two or more letters, all capitals: {@code MED}, {@code GDPR}, {@code AI}. */
  public static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** A capitalised word inside a sentence: in Danish, a proper name. */
  public boolean isProperName() {
    return !opening && !surface.isEmpty() && Character.isUpperCase(surface.charAt(0)) && !isAcronym();
  }
}
