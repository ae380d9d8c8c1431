package dk.parat.cli;

import dk.parat.text.Lang;

/** Parses a {@code --lang} value or refuses it with what to write instead. */
final class Languages {

  private Languages() {}

  static Lang parse(String value) {
    Lang lang = Lang.parse(value);
    if (lang == null) {
      throw new UserError("--lang '" + value + "' is not a language parat speaks; use da or en");
    }
    return lang;
  }

  /** The languages, for shell completion. */
  static final class Codes extends Candidates {
    Codes() {
      super(java.util.Arrays.stream(Lang.values()).map(Lang::code).toList());
    }
  }
}
