package dk.parat.plan.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects a PDF's text as lines of positioned words, in reading order: top to bottom, and left
 * to right within a line, which keeps a table row's cells on one line.
 */
final class PdfText extends PDFTextStripper {

  /** Fonts whose weight says bold at or above this (CSS weights). */
  private static final float BOLD_WEIGHT = 600;
  /** Words whose baselines differ by less than this share a line. */
  private static final float SAME_LINE = 2f;

  private final List<PdfLine> lines = new ArrayList<>();
  private final List<PdfLine.Word> words = new ArrayList<>();
  private int page;
  private float pageHeight;
  private float baseline;

  PdfText() {
    setSortByPosition(true);
    setAddMoreFormatting(false);
  }

  static List<PdfLine> lines(PDDocument doc) throws IOException {
    PdfText text = new PdfText();
    text.writeText(doc, Writer.nullWriter());
    return List.copyOf(text.lines);
  }

  @Override
  protected void startPage(PDPage p) throws IOException {
    page = getCurrentPageNo();
    pageHeight = p.getMediaBox().getHeight();
    super.startPage(p);
  }

  @Override
  protected void endPage(PDPage p) throws IOException {
    flush();
    super.endPage(p);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    if (positions.isEmpty() || text.isBlank()) {
      return;
    }
    TextPosition first = positions.get(0);
    TextPosition last = positions.get(positions.size() - 1);
    if (!words.isEmpty() && Math.abs(first.getYDirAdj() - baseline) > SAME_LINE) {
      flush();
    }
    baseline = first.getYDirAdj();
    words.add(new PdfLine.Word(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
        first.getFontSizeInPt(), isBold(first.getFont())));
  }

  private void flush() {
    if (!words.isEmpty()) {
      lines.add(PdfLine.of(page, baseline, pageHeight, words));
      words.clear();
    }
  }

  private static boolean isBold(PDFont font) {
    if (font == null) {
      return false;
    }
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")) {
      return true;
    }
    PDFontDescriptor d = font.getFontDescriptor();
    return d != null && (d.isForceBold() || d.getFontWeight() >= BOLD_WEIGHT);
  }
}
