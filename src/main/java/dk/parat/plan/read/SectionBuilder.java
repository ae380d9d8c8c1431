package dk.parat.plan.read;

import dk.parat.plan.Block;
import dk.parat.plan.Section;
import java.util.ArrayList;
import java.util.List;

/** Collects blocks under a stack of headings into {@link Section}s, for every reader. */
public final class SectionBuilder {

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
    path.add(text.strip());
    level = newLevel;
    headingLine = line;
  }

  public void block(Block block) {
    if (!block.text().isBlank()) {
      blocks.add(block);
    }
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
