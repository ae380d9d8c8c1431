package dk.parat.checklist;

import dk.parat.text.Lang;

/** A text in both of parat's languages. */
public record Text(String da, String en) {

  public String in(Lang lang) {
    return lang == Lang.EN ? en : da;
  }
}
