package dk.parat.plan.pdf;

import java.util.List;

/**
 * One line of text on a PDF page as it was laid out, top-down coordinates in points.
 *
 * @param baseline distance of the baseline from the top of the page
 * @param pageHeight the page's height, to tell the margins from the body
 * @param text the words joined by spaces
 * @param size the size most of the line's letters are set in
 * @param bold whether every word is set in bold
 * @param words the line's words left to right; a wide gap between two of them is a table column
 */
record PdfLine(int page, float baseline, float pageHeight, String text, float size, boolean bold, List<Word> words) {

  /** A word with where it starts and ends, its size and whether it is set in bold. */
  record Word(String text, float x, float endX, float size, boolean bold) {}

  PdfLine {
    words = List.copyOf(words);
  }

  /** The line of these words; what the readers ask of every line is worked out once, here. */
  static PdfLine of(int page, float baseline, float pageHeight, List<Word> words) {
    String text = String.join(" ", words.stream().map(Word::text).toList());
    return new PdfLine(page, baseline, pageHeight, text, mainSize(words), words.stream().allMatch(Word::bold), words);
  }

  float x() {
    return words.get(0).x();
  }

  private static float mainSize(List<Word> words) {
    float best = 0;
    int most = -1;
    for (Word w : words) {
      int count = 0;
      for (Word o : words) {
        if (Math.abs(o.size() - w.size()) < 0.25f) {
          count += o.text().length();
        }
      }
      if (count > most) {
        most = count;
        best = w.size();
      }
    }
    return best;
  }
}
