package dk.parat.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into words with Lucene's Unicode word segmentation (UAX #29) and marks the
 * clauses that bound a negation: punctuation and contrasting conjunctions ("men", "but").
 */
public final class TextAnalyzer {

  private static final String CLAUSE_PUNCTUATION = ",;:()[]|–—\n";
  /** After these a capital letter is expected and says nothing about a name. */
  private static final String OPENERS = "|:([\n\"“”•.!?";

  private final WordFormFactory forms;
  private final Set<String> clauseConjunctions;
  private final ThreadLocal<StandardTokenizer> tokenizers = ThreadLocal.withInitial(StandardTokenizer::new);

  public TextAnalyzer(WordFormFactory forms, Set<String> clauseConjunctions) {
    this.forms = forms;
    this.clauseConjunctions = Set.copyOf(clauseConjunctions);
  }

  public List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    StandardTokenizer tokenizer = tokenizers.get();
    CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
    OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
    try {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      int clause = 0;
      int previousEnd = 0;
      boolean first = true;
      while (tokenizer.incrementToken()) {
        String surface = term.toString();
        if (breaksClause(text, previousEnd, offset.startOffset())
            || clauseConjunctions.contains(surface.toLowerCase(Locale.ROOT))) {
          clause++;
        }
        boolean opening = first || contains(text, previousEnd, offset.startOffset(), OPENERS);
        tokens.add(new Token(surface, offset.startOffset(), offset.endOffset(), hasDigit(surface), clause,
            opening, forms.forms(surface)));
        first = false;
        previousEnd = offset.endOffset();
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return tokens;
  }

  private static boolean breaksClause(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (CLAUSE_PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
      // A dash between spaces separates clauses; one inside a word ("MED-udvalg") does not.
      if (text.charAt(i) == '-' && i > 0 && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i - 1)) && Character.isWhitespace(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String text, int from, int to, String chars) {
    for (int i = from; i < to; i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
