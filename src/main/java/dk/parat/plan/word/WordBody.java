package dk.parat.plan.word;

import dk.parat.plan.Block;
import dk.parat.plan.Location;
import dk.parat.plan.read.SectionBuilder;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;

/**
 * Walks a Word document's body in reading order into sections and blocks. The XML is walked
 * rather than POI's body list, because content controls and custom XML (common in municipal
 * templates) wrap whole runs of paragraphs, headings included, which POI reduces to plain text.
 * Each table row is one block, its cells joined by " | " as in a Markdown table.
 */
final class WordBody {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final XWPFDocument doc;
  private final WordStyles styles;
  private final SectionBuilder sections;
  /** Paragraphs read so far in the whole document: a heading's "line". */
  private int paragraphs;

  WordBody(XWPFDocument doc, SectionBuilder sections) {
    this.doc = doc;
    this.styles = new WordStyles(doc.getStyles());
    this.sections = sections;
  }

  /** Reads the body; a document without one (found by fuzzing) holds no text. */
  void read() {
    CTBody body = doc.getDocument().getBody();
    if (body == null) {
      return;
    }
    try (XmlCursor cursor = body.newCursor()) {
      children(cursor);
    }
  }

  private void children(XmlCursor cursor) {
    if (!cursor.toFirstChild()) {
      return;
    }
    do {
      if (!W.equals(cursor.getName().getNamespaceURI())) {
        continue;
      }
      XmlObject element = cursor.getObject();
      switch (cursor.getName().getLocalPart()) {
        case "p" -> paragraph((CTP) element);
        case "tbl" -> table((CTTbl) element);
        case "sdt", "sdtContent", "customXml", "ins", "moveTo" -> children(cursor);
        default -> { }
      }
    } while (cursor.toNextSibling());
    cursor.toParent();
  }

  private void paragraph(CTP p) {
    String text = WordText.of(p);
    if (text.isEmpty() || styles.isContentsEntry(p)) {
      return;
    }
    paragraphs++;
    int level = styles.headingLevel(p);
    if (level > 0) {
      sections.heading(level, text, paragraphs);
    } else {
      block(styles.isListItem(p) ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH, text);
    }
  }

  /** The body rows: a first row of several names the columns, as a Markdown table's header does. */
  private void table(CTTbl table) {
    List<CTRow> rows = table.getTrList();
    for (CTRow row : rows.size() > 1 ? rows.subList(1, rows.size()) : rows) {
      List<String> cells = new ArrayList<>();
      for (CTTc cell : row.getTcList()) {
        cells.add(cellText(cell));
      }
      String text = String.join(" | ", cells);
      if (!text.replace("|", "").isBlank()) {
        paragraphs++;
        block(Block.Kind.TABLE_ROW, text);
      }
    }
  }

  /** A cell's paragraphs joined by spaces; a table nested in the cell reads row by row. */
  private static String cellText(CTTc cell) {
    List<String> parts = new ArrayList<>();
    for (CTP p : cell.getPList()) {
      parts.add(WordText.of(p));
    }
    for (CTTbl nested : cell.getTblList()) {
      for (CTRow row : nested.getTrList()) {
        parts.add(String.join(" | ", row.getTcList().stream().map(WordBody::cellText).toList()));
      }
    }
    return String.join(" ", parts.stream().filter(s -> !s.isEmpty()).toList());
  }

  private void block(Block.Kind kind, String text) {
    sections.block(Block.at(kind, text, new Location.Paragraph(sections.blockCount() + 1)));
  }
}
