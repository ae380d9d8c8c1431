package dk.parat.scoring;

import dk.parat.plan.Block;
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

  /** The source line of the word at {@code token}. */
  public int lineOf(int token) {
    return block.lineAt(start + tokens.get(token).start());
  }
}
