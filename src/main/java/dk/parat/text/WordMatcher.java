package dk.parat.text;

/**
 * Decides whether one written word is the word a pattern asks for. The records write out their
 * equals and hashCode: the generated ones run through method handles, which a short run pays for
 * when it numbers the checklists' thousands of matchers.
 */
public sealed interface WordMatcher {

  boolean matches(Token token);

  /** Any inflection of a stem, and, when {@code compounds} is set, the stem as part of a compound. */
  record Stem(Lang lang, String stem, boolean compounds) implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      WordForms forms = token.forms();
      return forms.hasStem(lang, stem) || (compounds && forms.compoundParts().contains(stem));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Stem other && lang == other.lang && stem.equals(other.stem) && compounds == other.compounds;
    }

    @Override
    public int hashCode() {
      return (31 * lang.ordinal() + stem.hashCode()) * 31 + Boolean.hashCode(compounds);
    }
  }

  /** Exactly this written word, case aside ({@code ==alle} is not {@code allerede}, {@code ==før} is not {@code for}). */
  record Written(String lower) implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      return token.forms().lower().equals(lower);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Written other && lower.equals(other.lower);
    }

    @Override
    public int hashCode() {
      return lower.hashCode();
    }
  }

  /** A word written with this beginning ({@code pilot*}). */
  record Prefix(String folded) implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      return token.forms().folded().startsWith(folded);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Prefix other && folded.equals(other.folded);
    }

    @Override
    public int hashCode() {
      return folded.hashCode();
    }
  }

  /** A word written with this ending ({@code *leder}). */
  record Suffix(String folded) implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      return token.forms().folded().endsWith(folded);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Suffix other && folded.equals(other.folded);
    }

    @Override
    public int hashCode() {
      return folded.hashCode();
    }
  }

  /** A word that holds these letters anywhere ({@code *leder*}). */
  record Infix(String folded) implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      return token.forms().folded().contains(folded);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Infix other && folded.equals(other.folded);
    }

    @Override
    public int hashCode() {
      return folded.hashCode();
    }
  }

  /** Any word that holds a digit: a number, a date, a year ({@code #}). */
  record Number() implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      return token.numeric();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Number;
    }

    @Override
    public int hashCode() {
      return Number.class.hashCode();
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

    @Override
    public boolean equals(Object o) {
      return o instanceof Year;
    }

    @Override
    public int hashCode() {
      return Year.class.hashCode();
    }
  }

  /** A capitalised word inside a sentence, which in Danish is a proper name ({@code #name}). */
  record Name() implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      return token.isProperName();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Name;
    }

    @Override
    public int hashCode() {
      return Name.class.hashCode();
    }
  }

  /** An acronym, written in capitals exactly so ({@code MED}, {@code GDPR}). */
  record Acronym(String letters) implements WordMatcher {
    @Override
    public boolean matches(Token token) {
      return token.surface().equals(letters);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Acronym other && letters.equals(other.letters);
    }

    @Override
    public int hashCode() {
      return letters.hashCode();
    }
  }
}
