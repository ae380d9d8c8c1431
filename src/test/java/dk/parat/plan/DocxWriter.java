package dk.parat.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Lays an {@link ExampleSource} out as a Word document the way Word does: the title in the
 * Title style, headings in Heading 1, 2 … (with Word's outline levels), lists numbered through
 * the numbering part, tables as tables, front matter as document properties.
 */
final class DocxWriter {

  /** Front matter keys that are the document's core properties, not custom ones. */
  private static final Set<String> CORE = Set.of("title", "owner", "prepared_by");

  private DocxWriter() {}

  /**
   * @param danish whether the styles carry the ids a Danish Word gives them ("Overskrift1",
   *     "Titel"); their names stay English, as Word stores built-in names
   */
  static XWPFDocument document(ExampleSource source, boolean danish) {
    XWPFDocument doc = new XWPFDocument();
    XWPFStyles styles = doc.createStyles();
    style(styles, danish ? "Titel" : "Title", "Title", null, 28);
    for (int level = 1; level <= 3; level++) {
      style(styles, (danish ? "Overskrift" : "Heading") + level, "heading " + level, level - 1, 18 - 2 * level);
    }
    properties(doc, source.properties());
    Lists lists = new Lists(doc.createNumbering());
    for (ExampleSource.Part part : source.parts()) {
      if (part instanceof ExampleSource.HeadingPart h) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(h.level() == 1 ? (danish ? "Titel" : "Title") : (danish ? "Overskrift" : "Heading") + (h.level() - 1));
        p.createRun().setText(h.text());
        lists.end();
      } else if (part instanceof ExampleSource.TextPart t) {
        XWPFParagraph p = doc.createParagraph();
        if (t.marker() != null) {
          p.setNumID(lists.numberFor(!t.marker().equals("•")));
        } else {
          lists.end();
        }
        for (ExampleSource.Run r : t.runs()) {
          XWPFRun run = p.createRun();
          run.setText(r.text());
          run.setBold(r.bold());
        }
      } else if (part instanceof ExampleSource.TablePart t) {
        lists.end();
        table(doc, t.rows());
      }
    }
    return doc;
  }

  static byte[] bytes(XWPFDocument doc) {
    try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void style(XWPFStyles styles, String id, String name, Integer outline, int points) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewName().setVal(name);
    if (outline != null) {
      ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
    }
    var rpr = ct.addNewRPr();
    rpr.addNewB();
    rpr.addNewSz().setVal(BigInteger.valueOf(points * 2L));
    styles.addStyle(new XWPFStyle(ct));
  }

  private static void properties(XWPFDocument doc, Map<String, String> front) {
    var core = doc.getProperties().getCoreProperties();
    core.setTitle(front.get("title"));
    core.setCreator(front.getOrDefault("owner", front.get("prepared_by")));
    var custom = doc.getProperties().getCustomProperties();
    front.forEach((key, value) -> {
      if (!CORE.contains(key)) {
        custom.addProperty(key, value);
      }
    });
  }

  private static void table(XWPFDocument doc, List<List<String>> rows) {
    XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r);
      for (int c = 0; c < rows.get(r).size(); c++) {
        XWPFRun run = row.getCell(c).getParagraphs().get(0).createRun();
        run.setText(rows.get(r).get(c));
        run.setBold(r == 0);
      }
    }
  }

  /** One numbering definition per list, so that each numbered list starts at 1. */
  private static final class Lists {
    private final XWPFNumbering numbering;
    private BigInteger current;
    private boolean currentOrdered;

    Lists(XWPFNumbering numbering) {
      this.numbering = numbering;
    }

    BigInteger numberFor(boolean ordered) {
      if (current == null || currentOrdered != ordered) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(ordered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
        lvl.addNewLvlText().setVal(ordered ? "%1." : "•");
        current = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
        currentOrdered = ordered;
      }
      return current;
    }

    void end() {
      current = null;
    }
  }
}
