package dk.parat.plan;

/**
 * Where a word of a plan stands, counted the way a reader of that format finds it again:
 * a line of a text file, a paragraph under a heading of a Word document, a paragraph on a page
 * of a PDF (which has no lines worth counting and no headings it must have).
 */
public sealed interface Location {

  /**
   * The one number that finds the place when only a number fits (a "line" column, an
   * annotation): the source line, the Word paragraph under its heading, the PDF page.
   */
  int line();

  /** A line of a text file (Markdown, YAML, plain text), 1-based. */
  record Line(int line) implements Location {}

  /** The paragraph's number under its heading in a Word document: 1 is the first after the heading. */
  record Paragraph(int paragraph) implements Location {
    @Override
    public int line() {
      return paragraph;
    }
  }

  /** The paragraph's number among those that begin on a page of a PDF. */
  record PageParagraph(int page, int paragraph) implements Location {
    @Override
    public int line() {
      return page;
    }
  }
}
