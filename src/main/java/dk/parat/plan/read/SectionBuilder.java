package dk.parat.plan.read;

import dk.parat.plan.Block;
import dk.parat.plan.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects blocks under a stack of headings into {@link Section}s, for every reader. A run of
 * more than a few spaces in a block or heading becomes one space: no plan means anything by a
 * thousand spaces, and the patterns that read the text afterwards pay for each run with time
 * that grows with its square.
 */
public final class SectionBuilder {

  /** Runs of whitespace longer than this become one space. */
  static final int LONGEST_SPACE = 8;

  private final List<Section> sections = new ArrayList<>();
  private final List<String> path = new ArrayList<>();
  private final List<Integer> levels = new ArrayList<>();
  private int level;
  private int headingLine;
  private List<Block> blocks = new ArrayList<>();

  public void heading(int newLevel, String text, int line) {
    flush();
    while (!levels.isEmpty() && levels.get(levels.size() - 1) >= newLevel) {
      levels.remove(levels.size() - 1);
      path.remove(path.size() - 1);
    }
    levels.add(newLevel);
    path.add(squeeze(text.strip(), null));
    level = newLevel;
    headingLine = line;
  }

  public void block(Block block) {
    if (!block.text().isBlank()) {
      blocks.add(squeezed(block));
    }
  }

  private static Block squeezed(Block block) {
    if (!hasLongSpace(block.text())) {
      return block;
    }
    int[] moved = new int[block.text().length() + 1];
    String text = squeeze(block.text(), moved);
    List<Integer> offsets = block.lineOffsets().stream().map(o -> moved[o]).toList();
    return new Block(block.kind(), text, offsets, block.lines(), block.place());
  }

  private static boolean hasLongSpace(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isWhitespace(text.charAt(i)) ? run + 1 : 0;
      if (run > LONGEST_SPACE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with each long whitespace run made one space.
   *
   * @param moved when not null, filled with the new offset of each old one
   */
  static String squeeze(String text, int[] moved) {
    if (!hasLongSpace(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      boolean longRun = end - i > LONGEST_SPACE;
      int last = Math.max(end, i + 1);
      for (int j = i; j < last; j++) {
        if (moved != null) {
          moved[j] = out.length();
        }
        if (!longRun) {
          out.append(text.charAt(j));
        }
      }
      if (longRun) {
        out.append(' ');
      }
      i = last;
    }
    if (moved != null) {
      moved[text.length()] = out.length();
    }
    return out.toString();
  }

  /** How many blocks the current section holds so far; formats without lines number blocks by it. */
  public int blockCount() {
    return blocks.size();
  }

  public List<Section> build() {
    flush();
    return List.copyOf(sections);
  }

  private void flush() {
    if (!blocks.isEmpty() || headingLine > 0) {
      sections.add(new Section(path, level, headingLine, blocks));
    }
    blocks = new ArrayList<>();
  }
}
