package dk.parat.checklist;

import dk.parat.text.Concepts;
import dk.parat.text.Lang;
import dk.parat.text.Pattern;
import dk.parat.text.PatternCompiler;
import dk.parat.text.PatternSyntaxException;
import dk.parat.text.TextAnalyzer;
import dk.parat.text.WordFormFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads, validates and compiles the checklists of a run together with the lexicon. */
public final class ChecklistLoader {

  private static final int MAX_EXTENDS_DEPTH = 5;
  private static final java.util.regex.Pattern CONCEPT_NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");

  private ChecklistLoader() {}

  /**
   * Loads checklists given as bundled ids or paths, with the bundled lexicon. Bundled checklists
   * come precompiled when the build made them from the files parat holds; any other is compiled.
   */
  public static ChecklistSet load(List<String> refs) throws ChecklistException {
    return load(refs, PrecompiledChecklists.bundled());
  }

  static ChecklistSet load(List<String> refs, PrecompiledChecklists precompiled) throws ChecklistException {
    Optional<ChecklistSet> set = precompiled.set(refs);
    if (set.isPresent()) {
      return set.get();
    }
    return compile(sources(refs), ChecklistRepository.bundledOrFail(ChecklistRepository.LEXICON),
        ChecklistRepository.bundledOrFail(ChecklistRepository.CONCEPTS));
  }

  /** The checklists alone, without the lexicon and analyzer: for commands that show checklists and score nothing. */
  public static List<CompiledChecklist> checklists(List<String> refs) throws ChecklistException {
    return checklists(refs, PrecompiledChecklists.bundled());
  }

  static List<CompiledChecklist> checklists(List<String> refs, PrecompiledChecklists precompiled)
      throws ChecklistException {
    Optional<List<CompiledChecklist>> checklists = precompiled.checklists(refs);
    return checklists.isPresent() ? checklists.get() : load(refs, precompiled).checklists();
  }

  private static List<YamlSource> sources(List<String> refs) throws ChecklistException {
    List<YamlSource> sources = new ArrayList<>();
    List<ChecklistException.Problem> problems = new ArrayList<>();
    for (String ref : refs) {
      try {
        sources.add(ChecklistRepository.resolve(ref));
      } catch (ChecklistException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ChecklistException(problems);
    }
    return sources;
  }

  /** Compiles checklists with the lexicon and concepts they are read with. */
  public static ChecklistSet compile(List<YamlSource> sources, YamlSource lexiconSource, YamlSource conceptSource)
      throws ChecklistException {
    List<ChecklistException.Problem> problems = new ArrayList<>();
    Concepts concepts = Concepts.NONE;
    try {
      concepts = concepts(conceptSource);
    } catch (ChecklistException e) {
      problems.addAll(e.problems());
    }
    List<CompiledFile<CompiledChecklist>> compiled = new ArrayList<>();
    for (YamlSource source : sources) {
      try {
        compiled.add(checklist(source, concepts));
      } catch (ChecklistException e) {
        problems.addAll(e.problems());
      }
    }
    CompiledFile<CompiledLexicon> lexicon = null;
    try {
      lexicon = lexicon(lexiconSource, concepts);
    } catch (ChecklistException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new ChecklistException(problems);
    }
    return assemble(compiled, lexicon);
  }

  /**
   * The set of a run: the checklists in the order given, each id once (the first), and an analyzer
   * that knows the compound stems of every file compiled.
   */
  static ChecklistSet assemble(List<CompiledFile<CompiledChecklist>> checklists, CompiledFile<CompiledLexicon> lexicon) {
    Set<String> stems = new HashSet<>(lexicon.compoundStems());
    Map<String, CompiledChecklist> byId = new LinkedHashMap<>();
    for (CompiledFile<CompiledChecklist> checklist : checklists) {
      stems.addAll(checklist.compoundStems());
      byId.putIfAbsent(checklist.compiled().id(), checklist.compiled());
    }
    TextAnalyzer analyzer = new TextAnalyzer(new WordFormFactory(stems), lexicon.compiled().clauseConjunctions());
    return new ChecklistSet(List.copyOf(byId.values()), lexicon.compiled(), analyzer);
  }

  static CompiledFile<CompiledChecklist> checklist(YamlSource source, Concepts concepts) throws ChecklistException {
    PatternCompiler patterns = new PatternCompiler(concepts);
    CompiledChecklist checklist = new ChecklistCompiler(patterns, source).compile(read(source, 0));
    return new CompiledFile<>(checklist, patterns.compoundStems());
  }

  /** Reads a checklist file, resolving {@code extends} down to the checklist it builds on. */
  static Checklist read(YamlSource source, int depth) throws ChecklistException {
    if (!ExtensionMerger.isExtension(source.text())) {
      return source.read(Checklist.class);
    }
    ChecklistExtension extension = source.read(ChecklistExtension.class);
    if (depth >= MAX_EXTENDS_DEPTH) {
      throw new ChecklistException(List.of(new ChecklistException.Problem(source.name(), 1, 1,
          "'extends' goes " + MAX_EXTENDS_DEPTH + " files deep; is there a loop of checklists extending each other?")));
    }
    String ref = extension.base();
    if (ref == null || ref.isBlank()) {
      throw new ChecklistException(List.of(new ChecklistException.Problem(source.name(), 1, 1,
          "'extends' is empty; name the checklist this one builds on, e.g. 'extends: bedre-implementering'")));
    }
    boolean isPath = ref.endsWith(".yaml") || ref.endsWith(".yml") || ref.contains("/");
    YamlSource base = isPath ? ChecklistRepository.file(java.nio.file.Path.of(source.name()).resolveSibling(ref))
        : ChecklistRepository.resolve(ref);
    return new ExtensionMerger(source).merge(read(base, depth + 1), extension);
  }

  /** Reads the concepts file; every concept's entries are checked when a pattern first uses it, and here. */
  static Concepts concepts(YamlSource source) throws ChecklistException {
    ConceptFile file = source.read(ConceptFile.class);
    SourceLocator locator = new SourceLocator(source.text());
    List<ChecklistException.Problem> problems = new ArrayList<>();
    Map<String, Map<Lang, List<String>>> entries = new LinkedHashMap<>();
    file.concepts().forEach((name, definition) -> {
      if (!CONCEPT_NAME.matcher(name).matches()) {
        int at = locator.find(name + ":", 0);
        problems.add(new ChecklistException.Problem(source.name(), locator.line(at), locator.column(at),
            "concept name '" + name + "' must be lower-case letters, digits and dashes, e.g. 'same-time'"));
      }
      entries.put(name, Map.of(Lang.DA, definition.da(), Lang.EN, definition.en()));
    });
    Concepts concepts = new Concepts(entries);
    for (String name : concepts.names()) {
      for (Lang lang : Lang.values()) {
        if (concepts.entries(name, lang).isEmpty()) {
          continue;
        }
        try {
          concepts.phrases(name, lang);
        } catch (PatternSyntaxException e) {
          int at = locator.find(name + ":", 0);
          problems.add(new ChecklistException.Problem(source.name(), locator.line(at), locator.column(at), e.getMessage()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ChecklistException(problems);
    }
    return concepts;
  }

  static CompiledFile<CompiledLexicon> lexicon(YamlSource source, Concepts concepts) throws ChecklistException {
    Lexicon lexicon = source.read(Lexicon.class);
    PatternCompiler patterns = new PatternCompiler(concepts);
    List<ChecklistException.Problem> problems = new ArrayList<>();
    Lexicon.Context context = lexicon.context();
    if (lexicon.concreteness() == null || context == null || context.negated() == null || context.considered() == null
        || context.hedged() == null || context.voiced() == null || context.past() == null || context.quoted() == null) {
      throw new ChecklistException(List.of(new ChecklistException.Problem(source.name(), 1, 1, "the lexicon needs "
          + "'concreteness' and 'context' with 'negated', 'considered', 'hedged', 'voiced', 'past' and 'quoted'")));
    }
    Lexicon.Concreteness c = lexicon.concreteness();
    Map<String, List<Pattern>> signals = new LinkedHashMap<>();
    signals.put("role", compile(c.roles(), patterns, source, problems));
    signals.put("activity", compile(c.activities(), patterns, source, problems));
    signals.put("money", compile(c.money(), patterns, source, problems));
    signals.put("time", compile(c.time(), patterns, source, problems));
    List<CompiledTrigger> triggers = List.of(
        trigger(ContextKind.NEGATED, context.negated(), patterns, source, problems),
        trigger(ContextKind.QUOTED, context.quoted(), patterns, source, problems),
        trigger(ContextKind.PAST, context.past(), patterns, source, problems),
        trigger(ContextKind.CONSIDERED, context.considered(), patterns, source, problems),
        trigger(ContextKind.HEDGED, context.hedged(), patterns, source, problems),
        trigger(ContextKind.VOICED, context.voiced(), patterns, source, problems));
    CompiledLexicon compiled = new CompiledLexicon(
        triggers,
        compile(context.notReally(), patterns, source, problems),
        folded(orEmpty(lexicon.clauseConjunctions())),
        folded(orEmpty(lexicon.coordinators())),
        folded(orEmpty(lexicon.contrasts())),
        folded(orEmpty(lexicon.complementizers())),
        folded(orEmpty(lexicon.placeholders())),
        FurnitureWords.of(lexicon.furniture() == null
            ? new Lexicon.Furniture(null, null, null, null, null, null) : lexicon.furniture()),
        Set.copyOf(orEmpty(c.notNames())),
        Map.copyOf(signals),
        conceptPatterns(concepts, patterns));
    if (!problems.isEmpty()) {
      throw new ChecklistException(problems);
    }
    return new CompiledFile<>(compiled, patterns.compoundStems());
  }

  /** Each concept as a pattern of its own, in the languages it has words in; checked by {@link #concepts} already. */
  private static Map<String, List<Pattern>> conceptPatterns(Concepts concepts, PatternCompiler patterns) {
    Map<String, List<Pattern>> compiled = new LinkedHashMap<>();
    for (String name : concepts.names()) {
      List<Pattern> each = new ArrayList<>();
      for (Lang lang : Lang.values()) {
        if (!concepts.entries(name, lang).isEmpty()) {
          try {
            each.add(patterns.compile("@" + name, lang));
          } catch (PatternSyntaxException e) {
            throw new IllegalStateException("concept '" + name + "' was checked when its file was read", e);
          }
        }
      }
      compiled.put(name, List.copyOf(each));
    }
    return Collections.unmodifiableMap(compiled);
  }

  private static CompiledTrigger trigger(ContextKind kind, Lexicon.Trigger t, PatternCompiler patterns,
      YamlSource source, List<ChecklistException.Problem> problems) {
    boolean sentence = "sentence".equals(t.reach());
    if (!sentence && !"clause".equals(t.reach())) {
      SourceLocator locator = new SourceLocator(source.text());
      int at = locator.find(kind.id() + ":", 0);
      problems.add(new ChecklistException.Problem(source.name(), locator.line(at), locator.column(at),
          "context '" + kind.id() + "' needs 'reach: clause' or 'reach: sentence'"));
    }
    return new CompiledTrigger(kind, sentence, t.afterWindow() == null ? 0 : t.afterWindow(),
        written(t.before(), patterns, source, problems), written(t.after(), patterns, source, problems),
        written(t.ends(), patterns, source, problems), Boolean.TRUE.equals(t.questions()));
  }

  private static List<Pattern> written(TextList list, PatternCompiler patterns, YamlSource source,
      List<ChecklistException.Problem> problems) {
    List<Pattern> compiled = new ArrayList<>();
    SourceLocator locator = new SourceLocator(source.text());
    for (Lang lang : Lang.values()) {
      for (String p : list.in(lang)) {
        try {
          compiled.add(patterns.compileWritten(p, lang));
        } catch (PatternSyntaxException e) {
          int at = locator.find(String.valueOf(p), 0);
          problems.add(new ChecklistException.Problem(source.name(), locator.line(at), locator.column(at),
              "trigger " + e.getMessage()));
        }
      }
    }
    return List.copyOf(compiled);
  }

  private static List<Pattern> compile(TextList list, PatternCompiler patterns, YamlSource source,
      List<ChecklistException.Problem> problems) {
    List<Pattern> compiled = new ArrayList<>();
    if (list == null) {
      return compiled;
    }
    SourceLocator locator = new SourceLocator(source.text());
    for (Lang lang : Lang.values()) {
      for (String p : list.in(lang)) {
        try {
          compiled.add(patterns.compile(p, lang));
        } catch (PatternSyntaxException e) {
          int at = locator.find(String.valueOf(p), 0);
          problems.add(new ChecklistException.Problem(source.name(), locator.line(at), locator.column(at),
              "pattern " + e.getMessage()));
        }
      }
    }
    return List.copyOf(compiled);
  }

  @SafeVarargs
  private static Set<String> folded(List<String>... lists) {
    Set<String> words = new HashSet<>();
    for (List<String> list : lists) {
      words.addAll(list.stream().map(WordFormFactory::fold).collect(Collectors.toSet()));
    }
    return Set.copyOf(words);
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
