package dk.parat.plan.word;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * What a Word paragraph's style says it is. Word stores built-in style names in English
 * ("heading 1") but localised style ids ("Overskrift1"), and documents made elsewhere use
 * either, so both are read in English and Danish; an outline level set on the paragraph or its
 * style makes a heading too. The Title is one level above Heading 1.
 */
final class WordStyles {

  /** Style chains longer than this are broken documents; stop following them. */
  private static final int MAX_BASED_ON = 16;
  /** Outline level 9 is Word's "body text". */
  private static final int BODY_TEXT = 9;
  private static final Pattern HEADING = Pattern.compile("(?:heading|overskrift)([1-9])");
  private static final Pattern TITLE = Pattern.compile("title|titel");
  private static final Pattern CONTENTS = Pattern.compile("toc.*|indholdsfortegnelse.*|overskrifttilindholdsfortegnelse");
  private static final Pattern LIST = Pattern.compile("list.*|liste.*|opstilling.*");

  private final XWPFStyles styles;

  WordStyles(XWPFStyles styles) {
    this.styles = styles;
  }

  /** The heading level (1 for a Title, 2 for Heading 1 …), or 0 for a paragraph that is no heading. */
  int headingLevel(CTP p) {
    Integer outline = outlineLevel(p.getPPr());
    if (outline != null) {
      return outline < BODY_TEXT ? outline + 2 : 0;
    }
    int depth = 0;
    for (XWPFStyle style = style(p); style != null && depth < MAX_BASED_ON; style = basedOn(style), depth++) {
      for (String name : names(style)) {
        Matcher heading = HEADING.matcher(name);
        if (heading.matches()) {
          return Integer.parseInt(heading.group(1)) + 1;
        }
        if (TITLE.matcher(name).matches()) {
          return 1;
        }
      }
      CTPPrGeneral ppr = style.getCTStyle().getPPr();
      Integer styleOutline = ppr == null || !ppr.isSetOutlineLvl() ? null : number(ppr.getOutlineLvl());
      if (styleOutline != null) {
        return styleOutline < BODY_TEXT ? styleOutline + 2 : 0;
      }
    }
    return 0;
  }

  /** A table-of-contents entry repeats headings with page numbers; it is not plan text. */
  boolean isContentsEntry(CTP p) {
    return matches(p, CONTENTS);
  }

  boolean isListItem(CTP p) {
    return (p.getPPr() != null && p.getPPr().isSetNumPr()) || matches(p, LIST);
  }

  private boolean matches(CTP p, Pattern pattern) {
    XWPFStyle style = style(p);
    return style != null && names(style).stream().anyMatch(n -> pattern.matcher(n).matches());
  }

  private XWPFStyle style(CTP p) {
    CTPPr ppr = p.getPPr();
    if (styles == null || ppr == null || !ppr.isSetPStyle()) {
      return null;
    }
    return styles.getStyle(ppr.getPStyle().getVal());
  }

  private XWPFStyle basedOn(XWPFStyle style) {
    String id = style.getBasisStyleID();
    return id == null ? null : styles.getStyle(id);
  }

  private static List<String> names(XWPFStyle style) {
    return Stream.of(style.getStyleId(), style.getName())
        .filter(Objects::nonNull).map(WordStyles::normalise).toList();
  }

  /** "Heading 1", "heading1" and "Overskrift 1" compare alike. */
  private static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static Integer outlineLevel(CTPPr ppr) {
    return ppr == null || !ppr.isSetOutlineLvl() ? null : number(ppr.getOutlineLvl());
  }

  private static Integer number(CTDecimalNumber n) {
    BigInteger value = n.getVal();
    return value == null ? null : value.intValue();
  }
}
