package dk.parat.plan.word;

import java.util.Set;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * The text of a Word paragraph as it reads with tracked changes accepted: inserted text in,
 * deleted and moved-away text out. Comments live outside the paragraphs and field codes in
 * their own elements, so neither is read; drawings are left out with the text boxes in them.
 */
final class WordText {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  /** Elements whose content is not what the paragraph says. */
  private static final Set<String> SKIPPED = Set.of("del", "moveFrom", "delText", "instrText", "pPr", "rPr",
      "drawing", "pict", "object", "footnoteReference", "endnoteReference", "commentReference");
  private static final Set<String> SPACES = Set.of("tab", "br", "cr", "ptab");

  private WordText() {}

  static String of(XmlObject paragraph) {
    StringBuilder out = new StringBuilder();
    try (XmlCursor cursor = paragraph.newCursor()) {
      children(cursor, out);
    }
    return out.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }

  private static void children(XmlCursor cursor, StringBuilder out) {
    if (!cursor.toFirstChild()) {
      return;
    }
    do {
      var name = cursor.getName();
      if (!W.equals(name.getNamespaceURI())) {
        continue;
      }
      String local = name.getLocalPart();
      if (local.equals("t")) {
        out.append(cursor.getTextValue());
      } else if (SPACES.contains(local)) {
        out.append(' ');
      } else if (local.equals("noBreakHyphen")) {
        out.append('-');
      } else if (!SKIPPED.contains(local)) {
        children(cursor, out);
      }
    } while (cursor.toNextSibling());
    cursor.toParent();
  }
}
