package dk.parat.text;

/** Decides whether one written word is the word a pattern asks for. */
public sealed interface WordMatcher {

  boolean matches(Token token);

  /** Any inflection of a stem, and the stem as part of a compound where {@code compounds} allows it. */
  record Stem(Lang lang, String stem, Compounds compounds) implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      WordForms forms = token.forms();
      return forms.hasStem(lang, stem) || switch (compounds) {
        case NONE -> false;
        case ANY_PART -> forms.compoundParts().contains(stem);
        case LATER_PART -> forms.laterParts().contains(stem);
      };
    }
  }

  /** Where in a compound a {@link Stem} may stand. */
  enum Compounds {
    NONE,
    ANY_PART,
    /**
     * Inside or last, not first: a word before a phrase's last, since a compound it begins is
     * another thing ("projektets" is not "projektgruppens", "borgerens" not "borgerservicens").
     */
    LATER_PART
  }

  /** Exactly this written word, case aside ({@code ==alle} is not {@code allerede}, {@code ==før} is not {@code for}). */
  record Written(String lower) implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      return token.forms().lower().equals(lower);
    }
  }

  /** A word written with this beginning ({@code pilot*}). */
  record Prefix(String folded) implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      return token.forms().folded().startsWith(folded);
    }
  }

  /** A word written with this ending ({@code *leder}). */
  record Suffix(String folded) implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      return token.forms().folded().endsWith(folded);
    }
  }

  /** A word that holds these letters anywhere ({@code *leder*}). */
  record Infix(String folded) implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      return token.forms().folded().contains(folded);
    }
  }

  /** Any word that holds a digit: a number, a date, a year ({@code #}). */
  record Number() implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      return token.numeric();
    }
  }

  /** A year written in four digits, 1900–2099 ({@code #year}). */
  record Year() implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      String s = token.surface();
      return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && Character.isDigit(s.charAt(2))
          && Character.isDigit(s.charAt(3));
    }
  }

  /** A capitalised word inside a sentence, which in Danish is a proper name ({@code #name}). */
  record Name() implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      return token.isProperName();
    }
  }

  /** An acronym, written in capitals exactly so ({@code MED}, {@code GDPR}). */
  record Acronym(String letters) implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      return token.surface().equals(letters);
    }
  }
}
