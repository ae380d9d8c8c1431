package dk.parat.text;

import java.util.Set;

/**
 * The forms of one written word that matching compares: the folded spelling, its Danish and
 * English stems, and the checklist stems it holds as a compound part.
 */
public record WordForms(String folded, String daStem, String enStem, Set<String> compoundParts) {

  public boolean hasStem(Lang lang, String stem) {
    return (lang == Lang.DA ? daStem : enStem).equals(stem);
  }
}
