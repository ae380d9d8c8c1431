package dk.parat.scoring;

import dk.parat.checklist.CompiledLexicon;
import dk.parat.plan.Block;
import dk.parat.plan.Plan;
import dk.parat.plan.Section;
import dk.parat.text.Lang;
import dk.parat.text.Pattern;
import dk.parat.text.TextAnalyzer;
import dk.parat.text.Token;
import dk.parat.text.WordForms;
import dk.parat.text.WordFormFactory;
import dk.parat.text.WordMatcher;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's sentences, tokenised once, with an inverted index from word forms to sentences so
 * that each pattern is tried only on the sentences that hold its first word. Placeholder text
 * ("TBD") and headings are not indexed: they are never evidence.
 */
public final class PlanIndex {

  private static final int SHORT_NOTE_WORDS = 6;

  private final Plan plan;
  private final List<Sentence> sentences = new ArrayList<>();
  private final Map<String, BitSet> postings = new HashMap<>();
  private final Map<Section, List<Sentence>> bySection = new LinkedHashMap<>();
  private final Map<Section, List<List<Token>>> headings = new LinkedHashMap<>();

  public PlanIndex(Plan plan, TextAnalyzer analyzer, CompiledLexicon lexicon) {
    this.plan = plan;
    for (Section section : plan.sections()) {
      headings.put(section, section.headingPath().stream().map(analyzer::tokens).toList());
      for (Block block : section.blocks()) {
        if (isPlaceholder(block.text(), lexicon)) {
          continue;
        }
        addBlock(section, block, analyzer);
      }
    }
  }

  public Plan plan() {
    return plan;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  /** The sentences that may match the pattern: those holding the first word of one of its openings. */
  public List<Sentence> candidates(Pattern pattern) {
    BitSet hits = new BitSet();
    for (List<WordMatcher> opening : pattern.openings()) {
      if (opening.get(0) instanceof WordMatcher.Acronym acronym) {
        BitSet found = postings.get("a:" + acronym.letters());
        if (found != null) {
          hits.or(found);
        }
        continue;
      }
      if (!(opening.get(0) instanceof WordMatcher.Stem stem)) {
        return sentences;
      }
      BitSet direct = postings.get(key(stem.lang(), stem.stem()));
      if (direct != null) {
        hits.or(direct);
      }
      BitSet compound = stem.compounds() ? postings.get("c:" + stem.stem()) : null;
      if (compound != null) {
        hits.or(compound);
      }
    }
    List<Sentence> found = new ArrayList<>(hits.cardinality());
    for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
      found.add(sentences.get(i));
    }
    return found;
  }

  /** The sentences of every section whose own heading, or a heading above it, matches the pattern. */
  public List<Sentence> underHeading(Pattern pattern) {
    List<Sentence> found = new ArrayList<>();
    for (Map.Entry<Section, List<List<Token>>> e : headings.entrySet()) {
      if (e.getValue().stream().anyMatch(h -> !pattern.matches(h).isEmpty())) {
        found.addAll(bySection.getOrDefault(e.getKey(), List.of()));
      }
    }
    return found;
  }

  private void addBlock(Section section, Block block, TextAnalyzer analyzer) {
    String text = block.text();
    List<Integer> starts = block.kind() == Block.Kind.TABLE_ROW ? List.of(0) : SentenceSplitter.starts(text);
    for (int i = 0; i < starts.size(); i++) {
      int start = starts.get(i);
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      List<Token> tokens = analyzer.tokens(text.substring(start, end));
      if (tokens.isEmpty()) {
        continue;
      }
      int index = sentences.size();
      Sentence sentence = new Sentence(index, section, block, start, text.substring(start, end), tokens);
      sentences.add(sentence);
      bySection.computeIfAbsent(section, k -> new ArrayList<>()).add(sentence);
      for (Token token : tokens) {
        WordForms forms = token.forms();
        post(key(Lang.DA, forms.daStem()), index);
        post(key(Lang.EN, forms.enStem()), index);
        for (String part : forms.compoundParts()) {
          post("c:" + part, index);
        }
        if (token.isAcronym()) {
          post("a:" + token.surface(), index);
        }
      }
    }
  }

  private void post(String key, int sentence) {
    postings.computeIfAbsent(key, k -> new BitSet()).set(sentence);
  }

  private static String key(Lang lang, String stem) {
    return lang.code() + ":" + stem;
  }

  /**
   * Only a placeholder, a short note that opens with one ("TBD – afventer styregruppen"), or a
   * label whose values are all placeholders ("Projektejer: TBD", "Frigjort tid | TBD | TBD").
   */
  static boolean isPlaceholder(String text, CompiledLexicon lexicon) {
    String t = WordFormFactory.fold(text.strip().replaceAll("^[\\[(*_]+|[\\])*_.:!]+$", "").strip());
    if (t.isEmpty() || lexicon.placeholders().contains(t)) {
      return true;
    }
    String[] parts = t.split("\\s*[|:]\\s*");
    if (parts.length > 1 && parts[0].split("\\s+").length <= SHORT_NOTE_WORDS) {
      boolean allEmpty = true;
      for (int i = 1; i < parts.length && allEmpty; i++) {
        allEmpty = isPlaceholderNote(parts[i], lexicon);
      }
      if (allEmpty) {
        return true;
      }
    }
    return isPlaceholderNote(t, lexicon);
  }

  private static boolean isPlaceholderNote(String folded, CompiledLexicon lexicon) {
    String t = folded.strip().replaceAll("[.!]+$", "");
    if (t.isEmpty() || lexicon.placeholders().contains(t)) {
      return true;
    }
    if (t.split("\\s+").length > SHORT_NOTE_WORDS) {
      return false;
    }
    for (String placeholder : lexicon.placeholders()) {
      if (t.startsWith(placeholder) && t.length() > placeholder.length()
          && !Character.isLetterOrDigit(t.charAt(placeholder.length()))) {
        return true;
      }
    }
    return false;
  }
}
