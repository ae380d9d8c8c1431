package dk.parat.plan.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a PDF repeats on its pages rather than says once: running headers and footers
 * (the same words at the same height in the page margin on at least half the pages, page
 * numbers aside; or the first or last line of a page, in the margin and set smaller than the
 * body text, which catches a first page's own header and the header of a one-page plan) and
 * page numbers ("3", "Side 3 af 12", "Page 3 of 12").
 */
final class RunningText {

  /** The share of the page height, at the top and at the bottom, where headers and footers stand. */
  private static final float MARGIN = 0.12f;
  /** Lines within this many points of height count as standing at the same height. */
  private static final float SAME_HEIGHT = 4f;
  /** Margin text set at most this share of the body size is a header or footer. */
  private static final float SMALLER = 0.9f;
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)(?:side|page|s\\.|p\\.)?\\s*\\d+\\s*(?:(?:af|of|/|\\|)\\s*\\d+)?|[-–]\\s*\\d+\\s*[-–]");

  private RunningText() {}

  static List<PdfLine> remove(List<PdfLine> lines) {
    float body = PdfBlocks.bodySize(lines);
    Set<Integer> pages = new HashSet<>();
    Map<String, Set<Integer>> pagesByKey = new HashMap<>();
    Set<PdfLine> outermost = new HashSet<>();
    Map<PdfLine, String> keys = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      PdfLine line = lines.get(i);
      if (i == 0 || i == lines.size() - 1 || lines.get(i - 1).page() != line.page() || lines.get(i + 1).page() != line.page()) {
        outermost.add(line);
      }
      pages.add(line.page());
      if (inMargin(line)) {
        keys.put(line, key(line));
        pagesByKey.computeIfAbsent(keys.get(line), k -> new HashSet<>()).add(line.page());
      }
    }
    int repeated = Math.max(2, (pages.size() + 1) / 2);
    return lines.stream().filter(line -> !inMargin(line)
        || !(PAGE_NUMBER.matcher(line.text().strip()).matches() || pagesByKey.get(keys.get(line)).size() >= repeated
            || (outermost.contains(line) && line.size() <= body * SMALLER)))
        .toList();
  }

  private static boolean inMargin(PdfLine line) {
    return line.baseline() < line.pageHeight() * MARGIN || line.baseline() > line.pageHeight() * (1 - MARGIN);
  }

  /** The same words at the same height, whatever the page number in them. */
  private static String key(PdfLine line) {
    return Math.round(line.baseline() / SAME_HEIGHT) + ":" + line.text().replaceAll("\\d+", "#").replaceAll("\\s+", " ");
  }
}
