package dk.parat.text;

import java.util.Locale;

/** The two languages parat speaks; Danish is the source language of the checklists. */
public enum Lang {
  DA,
  EN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code da}, {@code en}, {@code dansk}, {@code english} and similar; null when unknown. */
  public static Lang parse(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("da") || v.startsWith("da-") || v.startsWith("da_") || v.equals("dansk") || v.equals("danish")) {
      return DA;
    }
    if (v.equals("en") || v.startsWith("en-") || v.startsWith("en_") || v.equals("engelsk") || v.equals("english")) {
      return EN;
    }
    return null;
  }
}
