package dk.parat.plan;

import java.util.List;

/**
 * A run of plan text that stands together: a paragraph, a list item or a table row.
 *
 * @param lineOffsets offsets into {@code text} where a new source line begins, ascending, the first 0
 * @param lines the source line (1-based) of each offset in {@code lineOffsets}
 */
public record Block(Kind kind, String text, List<Integer> lineOffsets, List<Integer> lines) {

  /** What kind of text a block is; table rows are read cell by cell. */
  public enum Kind { PARAGRAPH, LIST_ITEM, TABLE_ROW, CODE }

  public Block {
    lineOffsets = List.copyOf(lineOffsets);
    lines = List.copyOf(lines);
  }

  public static Block single(Kind kind, String text, int line) {
    return new Block(kind, text, List.of(0), List.of(line));
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
}
