package dk.parat.plan;

import java.util.List;

/**
 * A part of a plan under one heading. The text before the first heading is a section with an
 * empty heading path.
 *
 * @param headingPath the headings from the top down to this section's own
 * @param headingLine the line of the heading, 0 for the text before the first heading; for Word its
 *     paragraph's number in the whole document, for PDF its page
 */
public record Section(List<String> headingPath, int level, int headingLine, List<Block> blocks) {

  public Section {
    headingPath = List.copyOf(headingPath);
    blocks = List.copyOf(blocks);
  }

  public String heading() {
    return headingPath.isEmpty() ? "" : headingPath.get(headingPath.size() - 1);
  }

  /** The heading path as one string, "Organisering › Roller". */
  public String pathLabel() {
    return String.join(" › ", headingPath);
  }
}
