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
}
