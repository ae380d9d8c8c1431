package dk.parat.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Compiles the evidence pattern syntax of {@code docs/checklist-format.md}: words, phrases,
 * {@code word*}, {@code *word}, {@code =word}, acronyms, {@code @concept}, {@code A & B} and {@code A ~N B}.
 * Remembers which stems may be found inside compounds, for the {@link WordFormFactory}.
 */
public final class PatternCompiler {

  private static final java.util.regex.Pattern NEAR = java.util.regex.Pattern.compile("~(\\d+)");
  /** Where a pattern's exclusions begin: the first word written with a leading '-'. */
  private static final java.util.regex.Pattern EXCLUSION = java.util.regex.Pattern.compile("(?<=^|\\s)-(?=[@(\\p{L}=#*])");
  private static final java.util.regex.Pattern WORD_PART = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

  private final Set<String> compoundStems = new HashSet<>();
  private final Concepts concepts;

  public PatternCompiler() {
    this(Concepts.NONE);
  }

  /** @param concepts the concepts patterns may use as {@code @name} */
  public PatternCompiler(Concepts concepts) {
    this.concepts = concepts;
  }

  public Concepts concepts() {
    return concepts;
  }

  public Set<String> compoundStems() {
    return Set.copyOf(compoundStems);
  }

  /**
   * Compiles a pattern whose plain words match only as written, with no inflection and no
   * compounds: for the lexicon's trigger words, where "kunne" must not match "kun".
   */
  public Pattern compileWritten(String source, Lang lang) throws PatternSyntaxException {
    if (source == null || source.isBlank()) {
      return compile(source, lang);
    }
    StringBuilder written = new StringBuilder();
    for (String piece : source.trim().replace("(", " ( ").replace(")", " ) ").replace("|", " | ").split("\\s+")) {
      boolean plain = WORD_PART.matcher(piece).matches() && !Token.isAcronym(piece) && !piece.equals("#");
      written.append(plain ? "==" + piece : piece).append(' ');
    }
    Pattern p = compile(written.toString().trim(), lang);
    return new Pattern(source, p.lang(), p.parts(), p.gaps(), p.excluded());
  }

  public Pattern compile(String source, Lang lang) throws PatternSyntaxException {
    if (source == null || source.isBlank()) {
      throw new PatternSyntaxException("empty pattern; remove it or write the words to look for");
    }
    Matcher without = EXCLUSION.matcher(source);
    if (!without.find()) {
      return compileRequired(source, source, lang, List.of());
    }
    List<List<WordMatcher>> excluded = new ArrayList<>();
    for (String exclusion : source.substring(without.start()).trim().split("\\s+(?=-)")) {
      Pattern p = compileRequired(source, exclusion.substring(1), lang, List.of());
      if (p.parts().size() != 1) {
        throw new PatternSyntaxException("'" + source + "': an exclusion '-…' is a word, a phrase, a concept or a group, "
            + "without '&' or '~N'");
      }
      excluded.addAll(p.parts().get(0));
    }
    // "A & B & -C" reads as naturally as "A & B -C".
    String required = source.substring(0, without.start()).strip().replaceAll("&$", "");
    if (required.isBlank()) {
      throw new PatternSyntaxException("'" + source + "' has only exclusions; say what to look for before '-…'");
    }
    return compileRequired(source, required, lang, excluded);
  }

  private Pattern compileRequired(String source, String required, Lang lang, List<List<WordMatcher>> excluded)
      throws PatternSyntaxException {
    List<Integer> gaps = new ArrayList<>();
    List<List<List<WordMatcher>>> parts = new ArrayList<>();
    List<List<String>> alternatives = new ArrayList<>();
    List<String> current = new ArrayList<>();
    boolean inGroup = false;
    boolean groupClosed = false;
    for (String piece : required.trim().replace("(", " ( ").replace(")", " ) ").replace("|", " | ").split("\\s+")) {
      if (piece.isEmpty()) {
        continue;
      }
      Matcher near = NEAR.matcher(piece);
      switch (piece) {
        case "(" -> {
          if (inGroup || !current.isEmpty() || groupClosed) {
            throw new PatternSyntaxException("'" + source + "': a group '( … | … )' must stand alone between operators");
          }
          inGroup = true;
        }
        case "|" -> {
          if (!inGroup) {
            throw new PatternSyntaxException("'" + source + "': '|' only separates alternatives inside '( … )'");
          }
          alternatives.add(current);
          current = new ArrayList<>();
        }
        case ")" -> {
          if (!inGroup) {
            throw new PatternSyntaxException("'" + source + "': ')' without '('");
          }
          alternatives.add(current);
          current = new ArrayList<>();
          inGroup = false;
          groupClosed = true;
        }
        default -> {
          boolean isAnd = piece.equals("&");
          if (!isAnd && !near.matches()) {
            if (groupClosed) {
              throw new PatternSyntaxException("'" + source + "': put '&' or '~N' after a group '( … )'");
            }
            current.add(piece);
            continue;
          }
          if (inGroup) {
            throw new PatternSyntaxException("'" + source + "': '" + piece + "' inside a group; close it with ')' first");
          }
          gaps.add(isAnd ? -1 : Integer.parseInt(near.group(1)));
          if (!groupClosed) {
            alternatives.add(current);
          }
          parts.add(part(source, alternatives, lang));
          alternatives = new ArrayList<>();
          current = new ArrayList<>();
          groupClosed = false;
        }
      }
    }
    if (inGroup) {
      throw new PatternSyntaxException("'" + source + "': '(' is never closed with ')'");
    }
    if (!groupClosed || !current.isEmpty()) {
      alternatives.add(current);
    }
    parts.add(part(source, alternatives, lang));
    return new Pattern(source, lang, List.copyOf(parts), gaps, excluded);
  }

  private List<List<WordMatcher>> part(String source, List<List<String>> alternatives, Lang lang)
      throws PatternSyntaxException {
    List<List<WordMatcher>> part = new ArrayList<>();
    for (List<String> alternative : alternatives) {
      if (alternative.isEmpty()) {
        throw new PatternSyntaxException("'" + source + "' has an operator or '|' with nothing on one side");
      }
      for (List<String> phrase : concepts.expandPhrase(alternative, lang)) {
        part.add(phrase(source, phrase, lang));
      }
    }
    return List.copyOf(part);
  }

  private List<WordMatcher> phrase(String source, List<String> pieces, Lang lang) throws PatternSyntaxException {
    List<WordMatcher> words = new ArrayList<>();
    for (String piece : pieces) {
      words.addAll(words(source, piece, lang));
    }
    for (int i = 0; i < words.size() - 1; i++) {
      if (words.get(i) instanceof WordMatcher.Stem stem && stem.compounds() == WordMatcher.Compounds.ANY_PART) {
        words.set(i, new WordMatcher.Stem(stem.lang(), stem.stem(), WordMatcher.Compounds.LATER_PART));
      }
    }
    // A word alone that stems like a function word would match that word in every plan; in a
    // phrase its neighbours keep it in place.
    if (words.size() == 1 && words.get(0) instanceof WordMatcher.Stem stem) {
      String word = pieces.get(0).replaceFirst("^=", "");
      Optional<String> clash = FunctionWords.sharingStem(stem.stem(), word, lang);
      if (clash.isPresent()) {
        throw new PatternSyntaxException("'" + source + "': '" + word + "' has the stem of '" + clash.get()
            + "', so it would match every '" + clash.get() + "' in a plan; write '==" + word
            + "' for the word as written, or a phrase");
      }
    }
    return List.copyOf(words);
  }

  private List<WordMatcher> words(String source, String piece, Lang lang) throws PatternSyntaxException {
    if (piece.equals("#")) {
      return List.of(new WordMatcher.Number());
    }
    if (piece.equals("#name")) {
      return List.of(new WordMatcher.Name());
    }
    if (piece.equals("#year")) {
      return List.of(new WordMatcher.Year());
    }
    if (piece.startsWith("==")) {
      return written(source, piece);
    }
    boolean exact = piece.startsWith("=");
    String body = exact ? piece.substring(1) : piece;
    boolean leadingStar = body.startsWith("*");
    boolean trailingStar = body.endsWith("*") && body.length() > 1;
    String letters = body.replaceAll("^\\*|\\*$", "");
    if (letters.contains("*") || letters.contains("=") || letters.contains("~") || letters.contains("&")) {
      throw new PatternSyntaxException("'" + source + "': '" + piece
          + "' has an operator inside a word; put spaces around '&' and '~N', and '*' only at a word's ends");
    }
    List<String> parts = new ArrayList<>();
    Matcher m = WORD_PART.matcher(letters);
    while (m.find()) {
      parts.add(m.group());
    }
    if (parts.isEmpty()) {
      throw new PatternSyntaxException("'" + source + "': '" + piece + "' has no letters to match");
    }
    if ((leadingStar || trailingStar) && exact) {
      throw new PatternSyntaxException("'" + source + "': a wildcard word ('" + piece + "') cannot also have '='");
    }
    if (leadingStar && trailingStar && parts.size() == 1) {
      return List.of(new WordMatcher.Infix(WordFormFactory.fold(parts.get(0))));
    }
    // "co-creat*" is the word "co" followed by a word that begins "creat".
    List<WordMatcher> words = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (trailingStar && i == parts.size() - 1) {
        words.add(new WordMatcher.Prefix(WordFormFactory.fold(part)));
      } else if (leadingStar && i == 0) {
        words.add(new WordMatcher.Suffix(WordFormFactory.fold(part)));
      } else {
        words.add(word(part, lang, exact));
      }
    }
    return words;
  }

  /** {@code ==alle}: the written form only, no inflection, no compound. */
  private static List<WordMatcher> written(String source, String piece) throws PatternSyntaxException {
    List<WordMatcher> words = new ArrayList<>();
    Matcher m = WORD_PART.matcher(piece.substring(2));
    while (m.find()) {
      words.add(new WordMatcher.Written(WordFormFactory.lower(m.group())));
    }
    if (words.isEmpty() || piece.substring(2).contains("*")) {
      throw new PatternSyntaxException("'" + source + "': '" + piece + "' needs letters after '==' and no '*'");
    }
    return words;
  }

  private WordMatcher word(String part, Lang lang, boolean exact) {
    if (Token.isAcronym(part)) {
      return new WordMatcher.Acronym(part);
    }
    String stem = lang == Lang.DA ? WordFormFactory.danishStem(part) : WordFormFactory.englishStem(part);
    // Compounds are a Danish habit; an English stem found inside a Danish word is chance
    // ("inform" in "informationsmøde").
    boolean compounds = !exact && lang == Lang.DA && stem.length() >= WordFormFactory.MIN_MODIFIER;
    if (compounds) {
      compoundStems.add(stem);
    }
    return new WordMatcher.Stem(lang, stem, compounds ? WordMatcher.Compounds.ANY_PART : WordMatcher.Compounds.NONE);
  }
}
