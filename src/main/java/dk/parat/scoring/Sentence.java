package dk.parat.scoring;

import dk.parat.plan.Block;
import dk.parat.plan.Location;
import dk.parat.plan.Section;
import dk.parat.text.Token;
import java.util.List;

/**
 * The unit evidence is found in: a sentence of a paragraph, a list item, or a table row.
 *
 * @param start offset of the sentence in its block's text
 * @param tokens the sentence's words, with offsets into {@code text}
 */
public record Sentence(int index, Section section, Block block, int start, String text, List<Token> tokens) {

  /** Where the word at {@code token} stands, as the plan's format counts. */
  public Location locationOf(int token) {
    return block.locationAt(start + tokens.get(token).start());
  }
}
