package dk.parat.scoring;

import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.CompiledLexicon;
import dk.parat.checklist.Status;
import dk.parat.checklist.Text;
import dk.parat.plan.PlanContext;
import dk.parat.text.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides an item's status from the plan's evidence, as {@code scoring-semantics.md} defines it:
 * mentions add up to a strength, concrete detail decides covered against partial, negated
 * mentions never cover, and for a pitfall a negated guard is a red flag.
 */
public final class ItemJudge {

  /** How many spans of evidence a verdict keeps; the strongest ones. */
  static final int MAX_EVIDENCE = 5;
  private static final int QUOTE_LIMIT = 240;

  private final PlanIndex index;
  private final CompiledLexicon lexicon;
  private final LexiconCandidates lexiconCandidates;
  private final Map<Integer, SentenceReader> readers = new HashMap<>();

  public ItemJudge(PlanIndex index, CompiledLexicon lexicon) {
    this.index = index;
    this.lexicon = lexicon;
    this.lexiconCandidates = new LexiconCandidates(lexicon, index);
  }

  public ItemResult judge(CompiledItem item) {
    PlanContext context = index.plan().context();
    double weight = item.item().weightIn(context);
    Optional<Text> setAside = item.item().notApplicableIn(context);
    if (setAside.isPresent()) {
      return new ItemResult(item, Status.NOT_APPLICABLE, weight, List.of(), List.of(), setAside.get());
    }
    if (item.item().kind().isPitfall()) {
      return pitfall(item, weight);
    }
    List<Hit> hits = find(item.topic());
    hits.addAll(underHeadings(item));
    List<Hit> support = bestPerSentence(hits.stream().filter(h -> !h.negated()).toList());
    List<Hit> negated = bestPerSentence(hits.stream().filter(Hit::negated).toList());
    Status status = support.isEmpty() ? Status.MISSING
        : strong(support, item.coveredStrength()) ? Status.COVERED : Status.PARTIAL;
    return new ItemResult(item, status, weight, evidence(support, Evidence.Role.SUPPORT),
        evidence(negated, Evidence.Role.NEGATED), null);
  }

  private ItemResult pitfall(CompiledItem item, double weight) {
    List<Hit> guards = new ArrayList<>();
    List<Hit> negatedGuards = new ArrayList<>();
    List<Hit> flags = new ArrayList<>();
    for (Hit h : find(item.guard())) {
      (h.negated() ? negatedGuards : guards).add(h);
    }
    for (Hit h : find(item.exposure(), true)) {
      if (h.negated()) {
        // Saying what one will not do is a weak guard: it counts as a mention without detail.
        guards.add(new Hit(h.sentence(), h.pattern(), h.match(), true, List.of()));
      } else {
        flags.add(h);
      }
    }
    // "Workshops for everyone in March, but none for temps in 2025" guards with an exception;
    // a negated guard is a red flag only where the sentence does not also guard.
    Set<Integer> guarding = sentences(guards);
    negatedGuards.stream().filter(h -> !guarding.contains(h.sentence().index())).forEach(flags::add);
    // A heading says what a section is about; it cannot turn a red flag under it into a guard.
    Set<Integer> flagged = sentences(flags);
    underHeadings(item).stream().filter(h -> !flagged.contains(h.sentence().index())).forEach(guards::add);
    List<Hit> guard = bestPerSentence(guards);
    List<Hit> flag = bestPerSentence(flags);
    if (strong(guard, item.coveredStrength())) {
      return new ItemResult(item, Status.GUARDED, weight, evidence(guard, Evidence.Role.SUPPORT),
          evidence(flag, Evidence.Role.RED_FLAG), null);
    }
    if (!flag.isEmpty()) {
      List<Evidence> shown = new ArrayList<>(evidence(flag, Evidence.Role.RED_FLAG));
      return new ItemResult(item, Status.EXPOSED, weight, shown, evidence(guard, Evidence.Role.SUPPORT), null);
    }
    return new ItemResult(item, Status.UNCLEAR, weight, evidence(guard, Evidence.Role.SUPPORT), List.of(), null);
  }

  private static Set<Integer> sentences(List<Hit> hits) {
    Set<Integer> indexes = new HashSet<>();
    hits.forEach(h -> indexes.add(h.sentence().index()));
    return indexes;
  }

  private static boolean strong(List<Hit> hits, int threshold) {
    int strength = hits.stream().mapToInt(Hit::strength).sum();
    return strength >= threshold && hits.stream().anyMatch(Hit::concrete);
  }

  private List<Hit> find(List<Pattern> patterns) {
    return find(patterns, false);
  }

  /** @param redFlags whether the patterns are red flags, which "ikke kun …" turns around */
  private List<Hit> find(List<Pattern> patterns, boolean redFlags) {
    List<Hit> hits = new ArrayList<>();
    for (Pattern pattern : patterns) {
      for (Sentence sentence : index.candidates(pattern)) {
        for (Pattern.Match match : pattern.matches(sentence.tokens())) {
          SentenceReader reader = reader(sentence);
          boolean negated = reader.negated(match) || (redFlags && reader.afterNotOnly(match));
          hits.add(new Hit(sentence, pattern, match, negated, reader.signals(match)));
        }
      }
    }
    return hits;
  }

  /**
   * Concrete, unnegated sentences under a heading the item names ("Roller og ansvar"): the
   * heading says what they are about even when they do not repeat the item's words.
   */
  private List<Hit> underHeadings(CompiledItem item) {
    List<Hit> hits = new ArrayList<>();
    for (Pattern heading : item.sections()) {
      for (Sentence sentence : index.underHeading(heading)) {
        SentenceReader reader = reader(sentence);
        List<String> signals = reader.signals(Pattern.Match.WHOLE_SENTENCE);
        if (!signals.isEmpty() && !reader.negatedAnywhere()) {
          hits.add(new Hit(sentence, heading, Pattern.Match.WHOLE_SENTENCE, false, signals));
        }
      }
    }
    return hits;
  }

  private SentenceReader reader(Sentence sentence) {
    return readers.computeIfAbsent(sentence.index(), i -> new SentenceReader(lexicon, sentence, lexiconCandidates));
  }

  /** One hit per sentence, the most concrete, so that a sentence counts once however many patterns it matches. */
  private static List<Hit> bestPerSentence(List<Hit> hits) {
    Map<Integer, Hit> best = new LinkedHashMap<>();
    for (Hit h : hits) {
      best.merge(h.sentence().index(), h, (a, b) -> b.strength() > a.strength() ? b : a);
    }
    return best.values().stream()
        .sorted(Comparator.comparingInt(Hit::strength).reversed().thenComparingInt(h -> h.sentence().index()))
        .toList();
  }

  private List<Evidence> evidence(List<Hit> hits, Evidence.Role role) {
    return hits.stream().limit(MAX_EVIDENCE).map(h -> evidence(h, role)).toList();
  }

  private Evidence evidence(Hit hit, Evidence.Role role) {
    Sentence s = hit.sentence();
    return new Evidence(role, index.plan().path(), s.locationOf(hit.match().first()), s.section().headingPath(),
        quote(s, hit.match()), hit.pattern().source(), hit.signals());
  }

  /** The sentence, or the part of a long one around the match, on one line. */
  static String quote(Sentence s, Pattern.Match match) {
    String text = s.text().replaceAll("\\s+", " ").strip();
    if (text.length() <= QUOTE_LIMIT) {
      return text;
    }
    String raw = s.text();
    int from = s.tokens().get(match.first()).start();
    int to = s.tokens().get(match.last()).end();
    int pad = Math.max(0, (QUOTE_LIMIT - (to - from)) / 2);
    int start = Math.max(0, from - pad);
    int end = Math.min(raw.length(), Math.max(to + pad, start + QUOTE_LIMIT));
    while (start > 0 && !Character.isWhitespace(raw.charAt(start - 1))) {
      start--;
    }
    while (end < raw.length() && !Character.isWhitespace(raw.charAt(end))) {
      end++;
    }
    String cut = raw.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "… " : "") + cut + (end < raw.length() ? " …" : "");
  }
}
