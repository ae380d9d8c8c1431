package dk.parat.text;

import java.util.Set;

/**
 * The forms of one written word that matching compares: the spelling in lower case (with
 * {@code aa} as {@code å}), the folded spelling without diacritics, its Danish and English
 * stems, and the checklist stems it holds as a compound part: anywhere, and after its first part
 * (where the part is the word's head, or inside it), which a phrase's words before its last are
 * held to ("projektgruppens" is a group, not a project).
 */
public record WordForms(String lower, String folded, String daStem, String enStem, Set<String> compoundParts,
    Set<String> laterParts) {

  public boolean hasStem(Lang lang, String stem) {
    return (lang == Lang.DA ? daStem : enStem).equals(stem);
  }
}
