package dk.parat.plan;

import java.util.List;

/**
 * One line of text on a PDF page as it was laid out, top-down coordinates in points.
 *
 * @param baseline distance of the baseline from the top of the page
 * @param pageHeight the page's height, to tell the margins from the body
 * @param words the line's words left to right; a wide gap between two of them is a table column
 */
record PdfLine(int page, float baseline, float pageHeight, List<Word> words) {

  /** A word with where it starts and ends, its size and whether it is set in bold. */
  record Word(String text, float x, float endX, float size, boolean bold) {}

  PdfLine {
    words = List.copyOf(words);
  }

  String text() {
    return String.join(" ", words.stream().map(Word::text).toList());
  }

  float x() {
    return words.get(0).x();
  }

  /** The size most of the line's letters are set in. */
  float size() {
    float best = 0;
    int most = -1;
    for (Word w : words) {
      int count = (int) words.stream().filter(o -> Math.abs(o.size() - w.size()) < 0.25f)
          .mapToInt(o -> o.text().length()).sum();
      if (count > most) {
        most = count;
        best = w.size();
      }
    }
    return best;
  }

  boolean bold() {
    return words.stream().allMatch(Word::bold);
  }
}
