package dk.parat.plan.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Finds a PDF's headings. The outline (bookmarks, which Word writes from the heading styles)
 * says which lines are headings and at what level when the PDF has one; otherwise a line set
 * larger than the body text is a heading, larger meaning higher, and a short line wholly in
 * bold at body size is the lowest level.
 */
final class PdfHeadings {

  /** Lines at least this much larger than the body text are headings. */
  private static final float LARGER = 1.15f;
  /** Sizes closer than this (points) are one heading level. */
  private static final float SAME_SIZE = 0.6f;
  private static final int MAX_HEADING_WORDS = 12;
  /** Outline entries nested deeper than this are not headings worth a section. */
  private static final int MAX_DEPTH = 9;
  /** More entries than any plan's outline has; the rest are not read. */
  private static final int MAX_ENTRIES = 1_000;

  private PdfHeadings() {}

  /**
   * One entry per line: its heading level, 0 for text. Lines of one heading share the level;
   * lines in a table are never headings.
   */
  static int[] levels(PDDocument doc, List<PdfLine> lines, boolean[] inTable) throws IOException {
    List<Bookmark> outline = new ArrayList<>();
    PDDocumentOutline root = doc.getDocumentCatalog().getDocumentOutline();
    if (root != null) {
      collect(doc, root, outline);
    }
    int[] levels = new int[lines.size()];
    if (!outline.isEmpty() && fromOutline(outline, lines, inTable, levels)) {
      return levels;
    }
    int[] byFont = new int[lines.size()];
    fromFonts(lines, inTable, byFont);
    return byFont;
  }

  /** One outline entry: its title, depth and the page it points to (0 when it says none). */
  private record Bookmark(String key, int depth, int page) {}

  /**
   * The outline's entries in reading order, walked with a stack of its own and each entry taken
   * once: an outline is links between entries, and a damaged or hostile one links an entry to
   * itself or in a circle.
   */
  private static void collect(PDDocument doc, PDOutlineNode root, List<Bookmark> out) throws IOException {
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Entry> next = new ArrayDeque<>();
    push(next, root.getFirstChild(), 1);
    while (!next.isEmpty() && seen.size() < MAX_ENTRIES) {
      Entry entry = next.pop();
      PDOutlineItem item = entry.item();
      if (!seen.add(item.getCOSObject())) {
        continue;
      }
      push(next, item.getNextSibling(), entry.depth());
      if (entry.depth() < MAX_DEPTH) {
        push(next, item.getFirstChild(), entry.depth() + 1);
      }
      if (item.getTitle() != null && !key(item.getTitle()).isEmpty()) {
        PDPage page = item.findDestinationPage(doc);
        out.add(new Bookmark(key(item.getTitle()), entry.depth(), page == null ? 0 : doc.getPages().indexOf(page) + 1));
      }
    }
  }

  /** An outline entry still to take, at its depth. */
  private record Entry(PDOutlineItem item, int depth) {}

  private static void push(Deque<Entry> next, PDOutlineItem item, int depth) {
    if (item != null) {
      next.push(new Entry(item, depth));
    }
  }

  /**
   * Marks the lines that spell each bookmark's title, in order, on its page. Returns false when
   * not one bookmark was found in the text: an outline of something else (attachments, a
   * scanner's page list) says nothing about the headings.
   */
  private static boolean fromOutline(List<Bookmark> outline, List<PdfLine> lines, boolean[] inTable, int[] levels) {
    String[] keys = lines.stream().map(l -> key(l.text())).toArray(String[]::new);
    int from = 0;
    boolean found = false;
    for (Bookmark b : outline) {
      for (int i = from; i < lines.size(); i++) {
        if (b.page() > 0 && lines.get(i).page() < b.page()) {
          continue;
        }
        if (b.page() > 0 && lines.get(i).page() > b.page()) {
          break;
        }
        int end = inTable[i] ? i : spell(b.key(), keys, i);
        if (end > i) {
          for (int j = i; j < end; j++) {
            levels[j] = b.depth();
          }
          from = end;
          found = true;
          break;
        }
      }
    }
    return found;
  }

  /** The end of the run of lines from {@code start} that spells {@code key} exactly, or {@code start}. */
  private static int spell(String key, String[] keys, int start) {
    StringBuilder seen = new StringBuilder();
    for (int i = start; i < keys.length && i < start + 3; i++) {
      seen.append(keys[i]);
      if (seen.length() == 0 || !key.startsWith(seen.toString())) {
        return start;
      }
      if (seen.length() == key.length()) {
        return i + 1;
      }
    }
    return start;
  }

  private static void fromFonts(List<PdfLine> lines, boolean[] inTable, int[] levels) {
    float body = PdfBlocks.bodySize(lines);
    TreeSet<Float> sizes = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!inTable[i] && lines.get(i).size() >= body * LARGER && isHeadingText(lines.get(i))) {
        sizes.add(lines.get(i).size());
      }
    }
    List<Float> ranks = new ArrayList<>();
    for (Float size : sizes.descendingSet()) {
      if (ranks.isEmpty() || ranks.get(ranks.size() - 1) - size > SAME_SIZE) {
        ranks.add(size);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      PdfLine line = lines.get(i);
      if (inTable[i] || !isHeadingText(line)) {
        continue;
      }
      if (line.size() >= body * LARGER) {
        levels[i] = rank(ranks, line.size()) + 1;
      } else if (line.bold() && Math.abs(line.size() - body) < SAME_SIZE && !endsSentence(line)
          && (i + 1 == lines.size() || !lines.get(i + 1).bold())) {
        levels[i] = ranks.size() + 1;
      }
    }
  }

  private static int rank(List<Float> ranks, float size) {
    for (int r = 0; r < ranks.size(); r++) {
      if (ranks.get(r) - size <= SAME_SIZE) {
        return r;
      }
    }
    return ranks.size() - 1;
  }

  private static boolean isHeadingText(PdfLine line) {
    String t = line.text().strip();
    return !t.isEmpty() && t.split("\\s+").length <= MAX_HEADING_WORDS && t.chars().anyMatch(Character::isLetter);
  }

  private static boolean endsSentence(PdfLine line) {
    return line.text().strip().matches(".*[.,;:!?]$");
  }

  /** Letters and digits only, folded: bookmark titles and page text differ in spaces, dashes and case. */
  static String key(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
