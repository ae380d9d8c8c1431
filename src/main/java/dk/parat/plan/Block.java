package dk.parat.plan;

import java.util.List;

/**
 * A run of plan text that stands together: a paragraph, a list item or a table row.
 *
 * @param lineOffsets offsets into {@code text} where a new source line begins, ascending, the first 0
 * @param lines the source line (1-based) of each offset in {@code lineOffsets}; for formats
 *     without lines, the one {@link Location#line()} of {@code place}
 * @param place where the block stands in formats without source lines (Word, PDF); null when
 *     the block is located by its lines
 */
public record Block(Kind kind, String text, List<Integer> lineOffsets, List<Integer> lines, Location place) {

  /** What kind of text a block is; table rows are read cell by cell. */
  public enum Kind { PARAGRAPH, LIST_ITEM, TABLE_ROW, CODE }

  public Block {
    lineOffsets = List.copyOf(lineOffsets);
    lines = List.copyOf(lines);
  }

  /** A block of a text file, located by its source lines. */
  public Block(Kind kind, String text, List<Integer> lineOffsets, List<Integer> lines) {
    this(kind, text, lineOffsets, lines, null);
  }

  public static Block single(Kind kind, String text, int line) {
    return new Block(kind, text, List.of(0), List.of(line));
  }

  /** A block of a document without source lines, wholly at one place. */
  public static Block at(Kind kind, String text, Location place) {
    return new Block(kind, text, List.of(0), List.of(place.line()), place);
  }

  public int firstLine() {
    return lines.get(0);
  }

  /** The source line on which the character at {@code offset} stands. */
  public int lineAt(int offset) {
    int line = lines.get(0);
    for (int i = 0; i < lineOffsets.size() && lineOffsets.get(i) <= offset; i++) {
      line = lines.get(i);
    }
    return line;
  }

  /** Where the character at {@code offset} stands. */
  public Location locationAt(int offset) {
    return place != null ? place : new Location.Line(lineAt(offset));
  }
}
