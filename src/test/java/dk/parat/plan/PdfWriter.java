package dk.parat.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Lays an {@link ExampleSource} out as a PDF the way a word processor exports it: A4 pages,
 * headings in larger bold type, paragraphs wrapped (optionally hyphenated), bulleted and
 * numbered lists, tables with wrapped cells and rules, a running header and "Side 3 af 9"
 * footer on every page, and optionally an outline of the headings.
 */
final class PdfWriter {

  private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final float LEFT = 72;
  private static final float RIGHT = PDRectangle.A4.getWidth() - 72;
  private static final float TOP = PDRectangle.A4.getHeight() - 72;
  private static final float BOTTOM = 72;
  private static final float BODY = 10.5f;
  private static final float LEADING = 14;
  private static final float CELL = 9;
  private static final float CELL_LEADING = 11;
  private static final float PADDING = 4;
  private static final float[] HEADING_SIZES = {20, 14, 12};

  /** How a document is laid out. */
  record Options(boolean outline, boolean hyphenate, String pageWord, String ofWord) {}

  private final PDDocument doc = new PDDocument();
  private final Options options;
  private final List<Bookmark> bookmarks = new ArrayList<>();
  private PDPage page;
  private PDPageContentStream cs;
  private float y;

  private record Bookmark(int level, String title, PDPage page, float y) {}

  /**
   * A word, or the part of one, laid out in one weight.
   *
   * @param glued whether it follows the previous part without a space ("**Visitationen**:")
   */
  private record Word(String text, boolean bold, boolean glued) {
    Word(String text, boolean bold) {
      this(text, bold, false);
    }
  }

  private PdfWriter(Options options) {
    this.options = options;
  }

  static byte[] pdf(ExampleSource source, Options options) {
    try {
      return new PdfWriter(options).write(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] write(ExampleSource source) throws IOException {
    try (doc) {
      info(source.properties());
      newPage();
      for (ExampleSource.Part part : source.parts()) {
        if (part instanceof ExampleSource.HeadingPart h) {
          heading(h);
        } else if (part instanceof ExampleSource.TextPart t) {
          text(t);
        } else if (part instanceof ExampleSource.TablePart t) {
          table(t.rows());
        }
      }
      cs.close();
      runningText(source.properties());
      if (options.outline()) {
        outline();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private void info(Map<String, String> front) {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(front.get("title"));
    info.setAuthor(front.getOrDefault("owner", front.get("prepared_by")));
    front.forEach((key, value) -> {
      if (!key.equals("title")) {
        info.setCustomMetadataValue(key, value);
      }
    });
  }

  private void newPage() throws IOException {
    if (cs != null) {
      cs.close();
    }
    page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    cs = new PDPageContentStream(doc, page);
    y = TOP;
  }

  private void ensure(float height) throws IOException {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  private void heading(ExampleSource.HeadingPart h) throws IOException {
    float size = HEADING_SIZES[Math.min(h.level(), HEADING_SIZES.length) - 1];
    List<List<Word>> lines = wrap(words(List.of(new ExampleSource.Run(h.text(), true))), size, RIGHT - LEFT, false);
    if (y < TOP) {
      y -= size * 0.8f;
    }
    // Keep a heading with the first lines under it, as a word processor does.
    ensure(lines.size() * size * 1.25f + 3 * LEADING);
    bookmarks.add(new Bookmark(h.level(), h.text(), page, y));
    for (List<Word> line : lines) {
      y -= size * 1.25f;
      show(line, LEFT, y, size);
    }
    y -= 6;
  }

  private void text(ExampleSource.TextPart t) throws IOException {
    float indent = t.marker() == null ? 0 : 22;
    List<List<Word>> lines = wrap(words(t.runs()), BODY, RIGHT - LEFT - indent, options.hyphenate());
    for (int i = 0; i < lines.size(); i++) {
      ensure(LEADING);
      y -= LEADING;
      if (i == 0 && t.marker() != null) {
        show(List.of(new Word(t.marker(), false)), LEFT + 6, y, BODY);
      }
      show(lines.get(i), LEFT + indent, y, BODY);
    }
    y -= t.marker() == null ? 8 : 3;
  }

  private void table(List<List<String>> rows) throws IOException {
    int columns = rows.get(0).size();
    float[] widths = columnWidths(rows, columns);
    y -= 4;
    for (int r = 0; r < rows.size(); r++) {
      List<List<List<Word>>> cells = new ArrayList<>();
      int height = 1;
      for (int c = 0; c < columns; c++) {
        String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
        List<List<Word>> lines = wrap(words(List.of(new ExampleSource.Run(text, r == 0))), CELL, widths[c] - 2 * PADDING, false);
        cells.add(lines);
        height = Math.max(height, lines.size());
      }
      float rowHeight = height * CELL_LEADING + 2 * PADDING;
      ensure(rowHeight);
      float x = LEFT;
      for (int c = 0; c < columns; c++) {
        float baseline = y - PADDING - CELL * 0.85f;
        for (List<Word> line : cells.get(c)) {
          show(line, x + PADDING, baseline, CELL);
          baseline -= CELL_LEADING;
        }
        cs.addRect(x, y - rowHeight, widths[c], rowHeight);
        x += widths[c];
      }
      cs.setLineWidth(0.5f);
      cs.stroke();
      y -= rowHeight;
    }
    y -= 10;
  }

  /**
   * Columns take the width their text needs when the page has room; otherwise each gets its
   * longest word and shares the rest by how much more its text needs, as Word's autofit does.
   */
  private static float[] columnWidths(List<List<String>> rows, int columns) throws IOException {
    float[] least = new float[columns];
    float[] need = new float[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < Math.min(columns, row.size()); c++) {
        need[c] = Math.max(need[c], width(row.get(c), BOLD, CELL) + 2 * PADDING);
        for (String word : row.get(c).split(" ")) {
          least[c] = Math.max(least[c], width(word, BOLD, CELL) + 2 * PADDING);
        }
      }
    }
    float room = RIGHT - LEFT;
    float needed = 0;
    float leastTotal = 0;
    for (int c = 0; c < columns; c++) {
      needed += need[c];
      leastTotal += least[c];
    }
    if (needed <= room) {
      return need;
    }
    float[] widths = new float[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = least[c] + (room - leastTotal) * (need[c] - least[c]) / (needed - leastTotal);
    }
    return widths;
  }

  private static List<Word> words(List<ExampleSource.Run> runs) {
    List<Word> words = new ArrayList<>();
    boolean spaced = true;
    for (ExampleSource.Run run : runs) {
      String[] pieces = run.text().split(" ", -1);
      for (int i = 0; i < pieces.length; i++) {
        if (!pieces[i].isEmpty()) {
          words.add(new Word(pieces[i], run.bold(), i == 0 && !spaced));
        }
      }
      spaced = run.text().endsWith(" ") || run.text().isEmpty() && spaced;
    }
    return words;
  }

  private static List<List<Word>> wrap(List<Word> words, float size, float width, boolean hyphenate) throws IOException {
    List<List<Word>> lines = new ArrayList<>();
    List<Word> line = new ArrayList<>();
    float used = 0;
    List<Word> queue = new ArrayList<>(words);
    while (!queue.isEmpty()) {
      Word w = queue.remove(0);
      float space = line.isEmpty() || w.glued() ? 0 : width(" ", REGULAR, size);
      float wordWidth = width(w.text(), font(w), size);
      if (line.isEmpty() || w.glued() || used + space + wordWidth <= width) {
        line.add(w);
        used += space + wordWidth;
        continue;
      }
      int split = hyphenate ? split(w, width - used - space, size) : -1;
      if (split > 0) {
        line.add(new Word(w.text().substring(0, split) + "-", w.bold()));
        queue.add(0, new Word(w.text().substring(split), w.bold()));
      } else {
        queue.add(0, w);
      }
      lines.add(line);
      line = new ArrayList<>();
      used = 0;
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /** Where to hyphenate a long lower-case word so that its first part fits, or -1. */
  private static int split(Word w, float room, float size) throws IOException {
    String t = w.text();
    if (t.length() < 8 || !t.chars().allMatch(Character::isLowerCase)) {
      return -1;
    }
    for (int k = t.length() - 4; k >= 4; k--) {
      if (width(t.substring(0, k) + "-", font(w), size) <= room) {
        return k;
      }
    }
    return -1;
  }

  private void show(List<Word> line, float x, float baseline, float size) throws IOException {
    float at = x;
    for (Word w : line) {
      if (!w.glued() && at > x) {
        at += width(" ", REGULAR, size);
      }
      cs.beginText();
      cs.setFont(font(w), size);
      cs.newLineAtOffset(at, baseline);
      cs.showText(w.text());
      cs.endText();
      at += width(w.text(), font(w), size);
    }
  }

  private void runningText(Map<String, String> front) throws IOException {
    String header = String.join(" · ", front.getOrDefault("municipality", front.getOrDefault("kommune", "Fjordby Kommune")),
        front.getOrDefault("title", ""));
    int pages = doc.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
        write(s, header, LEFT, PDRectangle.A4.getHeight() - 40);
        String footer = options.pageWord() + " " + (i + 1) + " " + options.ofWord() + " " + pages;
        write(s, footer, (PDRectangle.A4.getWidth() - width(footer, REGULAR, 8)) / 2, 30);
      }
    }
  }

  private static void write(PDPageContentStream s, String text, float x, float baseline) throws IOException {
    s.beginText();
    s.setFont(REGULAR, 8);
    s.newLineAtOffset(x, baseline);
    s.showText(text);
    s.endText();
  }

  private void outline() {
    PDDocumentOutline root = new PDDocumentOutline();
    doc.getDocumentCatalog().setDocumentOutline(root);
    List<PDOutlineNode> parents = new ArrayList<>(List.of(root));
    for (Bookmark b : bookmarks) {
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle(b.title());
      PDPageXYZDestination dest = new PDPageXYZDestination();
      dest.setPage(b.page());
      dest.setTop((int) b.y());
      item.setDestination(dest);
      while (parents.size() > b.level()) {
        parents.remove(parents.size() - 1);
      }
      parents.get(parents.size() - 1).addLast(item);
      parents.add(item);
    }
    root.openNode();
  }

  private static PDType1Font font(Word w) {
    return w.bold() ? BOLD : REGULAR;
  }

  private static float width(String text, PDType1Font font, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }
}
