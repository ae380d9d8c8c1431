package dk.parat.plan.pdf;

import dk.parat.plan.Block;
import dk.parat.plan.Location;
import dk.parat.plan.read.LineScan;
import dk.parat.plan.read.SectionBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a PDF's lines into headings, paragraphs, list items and table rows. A paragraph ends
 * where the space between lines grows beyond the body's line spacing; it goes on across a page
 * break when its last line ends mid-sentence. A list item starts with a bullet or number set
 * apart from its text. A table is two or more lines whose words stand in the same columns,
 * wide gaps between them; its rows are told apart by the extra space between them, and each
 * row is one block with its cells joined by " | ", as in a Markdown table. Each block is
 * located by its page and its number among the blocks (headings included) that begin there.
 */
final class PdfBlocks {

  /** A gap between words wider than this share of the font size separates table cells, or a bullet from its text. */
  private static final float CELL_GAP = 0.5f;
  /** Words starting within this many points stand in one column. */
  private static final float SAME_X = 2.5f;
  /** Line spacing up to this factor of the usual still joins lines into one paragraph. */
  private static final float PARAGRAPH_SPACING = 1.3f;
  /** Table lines further apart than this factor of their size belong to no common table. */
  private static final float ROW_SPACING = 3f;
  /** Extra space (points) above a table line that starts a new row rather than going on in a cell. */
  private static final float ROW_GAP = 1.5f;
  /** Lines of one table cell stand at most this factor of their size apart. */
  private static final float LINE_SPACING = 1.6f;
  private static final Pattern MARKER = Pattern.compile("[-*•–▪◦●·]|\\(?\\d{1,2}[.)]|\\(?[a-z][.)]");
  private static final Pattern BULLET_SPACED = Pattern.compile("[•▪◦●]\\s+.*");
  /** Leader dots before a table-of-contents entry's page number: at least this many. */
  private static final int LEADER_DOTS = 4;

  private final List<PdfLine> lines;
  private final List<List<Fragment>> fragments = new ArrayList<>();
  private final float leading;
  /** The table row text that begins at a line, and the lines a table holds. */
  private final Map<Integer, String> rows = new HashMap<>();
  private final boolean[] inTable;

  /** Words of one line between two wide gaps. */
  private record Fragment(float x, String text) {}

  PdfBlocks(List<PdfLine> lines) {
    this.lines = lines;
    for (PdfLine line : lines) {
      fragments.add(fragments(line));
    }
    this.leading = usualSpacing(lines);
    this.inTable = new boolean[lines.size()];
    findTables();
  }

  boolean[] inTable() {
    return inTable.clone();
  }

  /**
   * A table-of-contents line: leader dots (four or more, a space allowed after each) or an
   * ellipsis, then a page number at the end. Read backwards from the end, once: a regular
   * expression searching a line of twenty thousand dots recursed on every dot and tried each as a
   * start.
   */
  static boolean isContentsEntry(String text) {
    int at = LineScan.skipSpacesBack(text, text.length());
    int digits = at;
    while (at > 0 && LineScan.isDigit(text.charAt(at - 1))) {
      at--;
    }
    if (at == digits) {
      return false;
    }
    at = LineScan.skipSpacesBack(text, at);
    if (at > 0 && text.charAt(at - 1) == '…') {
      return true;
    }
    int dots = 0;
    while (at > 0 && text.charAt(at - 1) == '.') {
      dots++;
      at--;
      if (at > 1 && LineScan.isSpace(text.charAt(at - 1)) && text.charAt(at - 2) == '.') {
        at--;
      }
    }
    return dots >= LEADER_DOTS;
  }

  /** The size most of the text is set in. */
  static float bodySize(List<PdfLine> lines) {
    Map<Float, Integer> letters = new HashMap<>();
    for (PdfLine line : lines) {
      letters.merge(Math.round(line.size() * 2) / 2f, line.text().length(), Integer::sum);
    }
    return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
  }

  /** The index of the first line with a row of the table that line {@code i} belongs to. */
  private int firstRowOfTable(int i) {
    int start = i;
    while (start > 0 && inTable[start - 1]) {
      start--;
    }
    while (start < i && rows.get(start) == null) {
      start++;
    }
    return start;
  }

  /** Emits the lines into sections, given each line's heading level (0 for text). */
  void emit(int[] levels, SectionBuilder sections) {
    Map<Integer, Integer> perPage = new HashMap<>();
    Open open = null;
    for (int i = 0; i < lines.size(); i++) {
      PdfLine line = lines.get(i);
      if (inTable[i]) {
        open = close(open, sections);
        String row = rows.get(i);
        // The first row of a table names its columns, as a Markdown table's header does.
        boolean header = i == firstRowOfTable(i);
        if (row != null && !header) {
          sections.block(Block.at(Block.Kind.TABLE_ROW, row, place(perPage, line.page())));
        }
        continue;
      }
      if (isContentsEntry(line.text())) {
        continue;
      }
      if (levels[i] > 0) {
        open = close(open, sections);
        StringBuilder heading = new StringBuilder(line.text());
        while (i + 1 < lines.size() && levels[i + 1] == levels[i] && !inTable[i + 1] && continues(i, i + 1)) {
          heading.append(' ').append(lines.get(++i).text());
        }
        place(perPage, line.page());
        sections.heading(levels[i], heading.toString(), line.page());
        continue;
      }
      String item = listItem(i);
      if (item != null) {
        close(open, sections);
        open = new Open(Block.Kind.LIST_ITEM, item, place(perPage, line.page()), i);
        open.indent = fragments.get(i).size() >= 2 ? fragments.get(i).get(1).x() : line.x();
      } else if (open != null && continues(open.last, i) && (open.kind != Block.Kind.LIST_ITEM || indented(line, open))) {
        open.add(line.text(), i);
      } else {
        close(open, sections);
        open = new Open(Block.Kind.PARAGRAPH, line.text(), place(perPage, line.page()), i);
      }
    }
    close(open, sections);
  }

  /** A list item goes on only in lines set in from its bullet; the text after the list is not. */
  private static boolean indented(PdfLine line, Open item) {
    return line.x() > item.indent - SAME_X;
  }

  private static Location place(Map<Integer, Integer> perPage, int page) {
    return new Location.PageParagraph(page, perPage.merge(page, 1, Integer::sum));
  }

  /** A block whose lines are still being read. */
  private static final class Open {
    final Block.Kind kind;
    final Location place;
    String text;
    int last;
    /** Where a list item's text starts, right of its bullet. */
    float indent;

    Open(Block.Kind kind, String text, Location place, int line) {
      this.kind = kind;
      this.text = text;
      this.place = place;
      this.last = line;
    }

    void add(String line, int index) {
      text = LineJoiner.join(text, line);
      last = index;
    }
  }

  private static Open close(Open open, SectionBuilder sections) {
    if (open != null) {
      sections.block(Block.at(open.kind, open.text, open.place));
    }
    return null;
  }

  /** Whether line {@code next} goes on with the text of line {@code prev}. */
  private boolean continues(int prev, int next) {
    PdfLine a = lines.get(prev);
    PdfLine b = lines.get(next);
    if (Math.abs(a.size() - b.size()) > 0.6f) {
      return false;
    }
    if (a.page() != b.page()) {
      return b.page() == a.page() + 1 && !a.text().strip().matches(".*[.!?:]$");
    }
    float pitch = b.baseline() - a.baseline();
    return pitch > 0 && pitch <= Math.max(leading, a.size()) * PARAGRAPH_SPACING;
  }

  /** The text of a list item that begins on line {@code i}, without its bullet or number; null when none does. */
  private String listItem(int i) {
    List<Fragment> f = fragments.get(i);
    if (f.size() >= 2 && MARKER.matcher(f.get(0).text()).matches()) {
      return String.join(" ", f.subList(1, f.size()).stream().map(Fragment::text).toList());
    }
    String text = lines.get(i).text();
    return BULLET_SPACED.matcher(text).matches() ? text.substring(1).strip() : null;
  }

  private static List<Fragment> fragments(PdfLine line) {
    List<Fragment> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    float x = line.x();
    PdfLine.Word prev = null;
    for (PdfLine.Word w : line.words()) {
      if (prev != null && w.x() - prev.endX() > CELL_GAP * Math.max(w.size(), prev.size())) {
        out.add(new Fragment(x, text.toString()));
        text.setLength(0);
        x = w.x();
      }
      text.append(text.length() == 0 ? "" : " ").append(w.text());
      prev = w;
    }
    out.add(new Fragment(x, text.toString()));
    return out;
  }

  /**
   * The line spacing within a paragraph of body text: the smallest distance between the
   * baselines of neighbouring body lines that is common (a tenth of all), since the spacing
   * between paragraphs, which is larger, may be as common in a plan of short paragraphs.
   */
  private static float usualSpacing(List<PdfLine> lines) {
    float body = bodySize(lines);
    Map<Float, Integer> pitches = new HashMap<>();
    int all = 0;
    for (int i = 1; i < lines.size(); i++) {
      PdfLine a = lines.get(i - 1);
      PdfLine b = lines.get(i);
      if (a.page() == b.page() && Math.abs(a.size() - body) < 0.6f && Math.abs(b.size() - body) < 0.6f) {
        float pitch = Math.round((b.baseline() - a.baseline()) * 2) / 2f;
        if (pitch > 0) {
          pitches.merge(pitch, 1, Integer::sum);
          all++;
        }
      }
    }
    int common = Math.max(1, all / 10);
    return pitches.entrySet().stream().filter(e -> e.getValue() >= common).map(Map.Entry::getKey)
        .min(Float::compare).orElse(body * 1.2f);
  }

  private boolean isCellLine(int i) {
    return fragments.get(i).size() >= 2 && !MARKER.matcher(fragments.get(i).get(0).text()).matches();
  }

  private void findTables() {
    int i = 0;
    while (i < lines.size()) {
      if (!isCellLine(i)) {
        i++;
        continue;
      }
      List<Float> columns = new ArrayList<>();
      fragments.get(i).forEach(f -> addColumn(columns, f.x()));
      int cellLines = 1;
      int end = i + 1;
      while (end < lines.size() && lines.get(end).page() == lines.get(i).page()) {
        List<Fragment> f = fragments.get(end);
        float size = lines.get(end).size();
        float pitch = lines.get(end).baseline() - lines.get(end - 1).baseline();
        long aligned = f.stream().filter(fr -> column(columns, fr.x()) >= 0).count();
        if (pitch <= 0 || pitch > size * ROW_SPACING) {
          break;
        }
        if (isCellLine(end)) {
          if (aligned < Math.max(1, f.size() - 1)) {
            break;
          }
          f.forEach(fr -> addColumn(columns, fr.x()));
          cellLines++;
        } else if (aligned < f.size() || (column(columns, f.get(0).x()) == 0 && pitch > size * LINE_SPACING)) {
          // A line in the first column after a wide space is the text after the table, not a cell.
          break;
        }
        end++;
      }
      if (cellLines >= 2) {
        table(i, end, columns);
        i = end;
      } else {
        i++;
      }
    }
  }

  private static void addColumn(List<Float> columns, float x) {
    if (column(columns, x) < 0) {
      columns.add(x);
      columns.sort(null);
    }
  }

  /** The column a fragment starting at {@code x} stands in, or -1 when it starts in none. */
  private static int column(List<Float> columns, float x) {
    for (int c = 0; c < columns.size(); c++) {
      if (Math.abs(columns.get(c) - x) <= SAME_X) {
        return c;
      }
    }
    return -1;
  }

  /** Reads lines {@code from} to {@code to} as table rows: a row begins where the space above a line grows. */
  private void table(int from, int to, List<Float> columns) {
    float closest = Float.MAX_VALUE;
    float widest = 0;
    for (int i = from + 1; i < to; i++) {
      float pitch = lines.get(i).baseline() - lines.get(i - 1).baseline();
      closest = Math.min(closest, pitch);
      widest = Math.max(widest, pitch);
    }
    // Where every line stands as far from the next, no cell wraps: each line is a row.
    boolean uniform = widest - closest <= ROW_GAP;
    String[] cells = null;
    int rowStart = from;
    for (int i = from; i < to; i++) {
      inTable[i] = true;
      boolean newRow = i == from || uniform || lines.get(i).baseline() - lines.get(i - 1).baseline() > closest + ROW_GAP;
      if (newRow) {
        if (cells != null) {
          rows.put(rowStart, String.join(" | ", cells));
        }
        cells = new String[columns.size()];
        Arrays.fill(cells, "");
        rowStart = i;
      }
      for (Fragment f : fragments.get(i)) {
        int c = Math.max(0, nearestLeft(columns, f.x()));
        cells[c] = LineJoiner.join(cells[c], f.text());
      }
    }
    if (cells != null) {
      rows.put(rowStart, String.join(" | ", cells));
    }
  }

  private static int nearestLeft(List<Float> columns, float x) {
    int found = -1;
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c) <= x + SAME_X) {
        found = c;
      }
    }
    return found;
  }
}
