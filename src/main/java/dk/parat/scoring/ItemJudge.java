package dk.parat.scoring;

import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.CompiledLexicon;
import dk.parat.checklist.ContextKind;
import dk.parat.checklist.Rule;
import dk.parat.checklist.Status;
import dk.parat.checklist.Text;
import dk.parat.checklist.Thresholds;
import dk.parat.plan.PlanContext;
import dk.parat.text.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides an item's status from the plan's evidence, as {@code docs/scoring-semantics.md} defines
 * it. Each match is read in its context: what the plan affirms counts, what it only considers
 * counts weakly, and what it negates, quotes or tells of an earlier project is shown but not
 * counted. An insight is covered by a {@code strong} match or by enough concrete mentions, and
 * partial by any mention; a pitfall is exposed by red flags and guarded by enough guards, and a
 * plan that does both contradicts itself: unclear, with both sides quoted.
 */
public final class ItemJudge {

  /** How many spans of evidence a verdict keeps for each side; the strongest ones. */
  static final int MAX_EVIDENCE = 5;
  private static final int QUOTE_LIMIT = 240;
  /** How far from its match a negation may stand for a '!' rule to count ("ingen egentlig pilot"). */
  private static final int NEGATION_REACH = 2;
  /** The context a rule marked '<' does not heed: the past is what its pitfall is about. */
  private static final Set<ContextKind> PAST_UNHEEDED = Set.of(ContextKind.PAST);
  private static final Set<ContextKind> ALL_HEEDED = Set.of();

  private final PlanIndex index;
  private final CompiledLexicon lexicon;
  private final SentenceContexts contexts;

  public ItemJudge(PlanIndex index, CompiledLexicon lexicon) {
    this(index, new SentenceContexts(index, lexicon));
  }

  /** A judge that shares what it reads of the plan's sentences with the other judges of the plan. */
  ItemJudge(PlanIndex index, SentenceContexts contexts) {
    this.index = index;
    this.lexicon = contexts.lexicon();
    this.contexts = contexts;
  }

  public ItemResult judge(CompiledItem item) {
    PlanContext context = index.plan().context();
    double weight = item.item().weightIn(context);
    Optional<Text> setAside = item.item().notApplicableIn(context);
    if (setAside.isPresent()) {
      return new ItemResult(item, Status.NOT_APPLICABLE, weight, List.of(), List.of(), setAside.get());
    }
    return item.item().kind().isPitfall() ? pitfall(item, weight) : insight(item, weight);
  }

  private ItemResult insight(CompiledItem item, double weight) {
    Thresholds thresholds = item.thresholds();
    List<Hit> topic = find(item.topic(), false);
    List<Hit> strong = find(item.strong(), false);
    List<Hit> all = new ArrayList<>(strong);
    all.addAll(topic);
    // A bare label ("Psykologisk tryghed.") names a topic; it does not address it concretely.
    List<Hit> strongAffirmed = bestPerSentence(strong, h -> h.affirmed() && !h.fragment());
    List<Hit> mentions = new ArrayList<>(bestPerSentence(all, Hit::affirmed));
    mentions.addAll(underHeadings(item, sentences(all)));
    boolean covered = strongAffirmed.size() >= thresholds.strongMentions()
        || thresholds.strength() > 0 && strong(mentions, thresholds.strength());
    List<Hit> support = new ArrayList<>(strongAffirmed);
    mentions.stream().filter(h -> !sentences(strongAffirmed).contains(h.sentence().index())).forEach(support::add);
    List<Hit> considered = bestPerSentence(all, Hit::considered);
    Status status = covered ? Status.COVERED : !support.isEmpty() || !considered.isEmpty() ? Status.PARTIAL : Status.MISSING;
    List<Evidence> evidence = new ArrayList<>(evidence(support, Evidence.Role.SUPPORT));
    if (status == Status.PARTIAL) {
      evidence.addAll(evidence(considered, Evidence.Role.CONSIDERED));
    }
    return new ItemResult(item, status, weight, evidence, notCounted(all, status == Status.PARTIAL), null);
  }

  private ItemResult pitfall(CompiledItem item, double weight) {
    Thresholds thresholds = item.thresholds();
    List<Hit> guards = find(item.guard(), false);
    List<Hit> weakGuards = find(item.weakGuard(), false);
    List<Hit> exposures = find(item.exposure(), true);
    List<Hit> weakExposures = find(item.weakExposure(), true);
    List<Hit> answering = guards.stream().filter(h -> h.affirmed() && !h.fragment()).toList();
    List<Hit> conceded = bestPerSentence(exposures, h -> h.affirmed() && answered(h, answering));
    Set<Integer> concededIn = sentences(conceded);
    List<Hit> flags = bestPerSentence(exposures,
        h -> h.affirmed() && !h.fragment() && !concededIn.contains(h.sentence().index()));
    // A red flag is never the evidence of a guard: a sentence that shows one guards nothing.
    Set<Integer> flagged = sentences(flags);
    Predicate<Hit> unflagged = h -> !flagged.contains(h.sentence().index());
    List<Hit> guard = bestPerSentence(guards, unflagged.and(h -> h.affirmed() && !h.fragment()));
    List<Hit> weak = new ArrayList<>(bestPerSentence(weakGuards, unflagged.and(Hit::affirmed)));
    weak.addAll(bestPerSentence(guards, unflagged.and(h -> h.affirmed() && h.fragment())));
    List<Hit> both = new ArrayList<>(guards);
    both.addAll(weakGuards);
    weak.addAll(bestPerSentence(both, unflagged.and(Hit::considered)));
    Set<Integer> found = sentences(both);
    found.addAll(flagged);
    underHeadings(item, found).stream().filter(unflagged).forEach(weak::add);
    boolean guarded = strong(guard, thresholds.strength());
    // Signs of the pitfall that are red flags only where nothing guards against it.
    List<Hit> weakSigns = new ArrayList<>(weakExposures);
    exposures.stream().filter(Hit::fragment).forEach(weakSigns::add);
    // A red flag the plan only considers ("en evt. pilot i det mest motiverede team") is a sign too.
    exposures.stream().filter(Hit::considered).forEach(weakSigns::add);
    List<Hit> signs = bestPerSentence(weakSigns, unflagged.and(h -> h.affirmed() || h.considered()));
    if (!guarded) {
      Map<Integer, Hit> all = new LinkedHashMap<>();
      flags.forEach(h -> all.put(h.sentence().index(), h));
      signs.forEach(h -> all.putIfAbsent(h.sentence().index(), h));
      flags = bestPerSentence(List.copyOf(all.values()), h -> true);
    }
    boolean exposed = flags.size() >= thresholds.redFlags();
    List<Hit> allHits = new ArrayList<>(both);
    allHits.addAll(exposures);
    allHits.addAll(weakExposures);
    List<Evidence> notCounted = new ArrayList<>(notCounted(allHits, false));
    notCounted.addAll(evidence(conceded, Evidence.Role.CONSIDERED));
    Status status;
    List<Evidence> evidence = new ArrayList<>();
    if (exposed && guarded) {
      status = Status.UNCLEAR;
      evidence.addAll(evidence(guard, Evidence.Role.SUPPORT));
      evidence.addAll(evidence(flags, Evidence.Role.RED_FLAG));
    } else if (exposed) {
      status = Status.EXPOSED;
      evidence.addAll(evidence(flags, Evidence.Role.RED_FLAG));
      notCounted.addAll(0, evidence(guard, Evidence.Role.SUPPORT));
      notCounted.addAll(evidence(weak, Evidence.Role.CONSIDERED));
    } else if (guarded) {
      status = Status.GUARDED;
      evidence.addAll(evidence(guard, Evidence.Role.SUPPORT));
      notCounted.addAll(0, evidence(flags, Evidence.Role.RED_FLAG));
      notCounted.addAll(evidence(signs, Evidence.Role.RED_FLAG));
    } else {
      status = Status.UNCLEAR;
      evidence.addAll(evidence(guard, Evidence.Role.SUPPORT));
      evidence.addAll(evidence(weak, Evidence.Role.CONSIDERED));
      notCounted.addAll(0, evidence(flags, Evidence.Role.RED_FLAG));
    }
    return new ItemResult(item, status, weight, evidence, notCounted, null);
  }

  /**
   * Whether the plan answers the red flag right away: with a guard after a contrasting word later
   * in its sentence ("…, men vi …"), or with a guard in the next sentence that holds one ("Vi
   * behandler det alligevel som …").
   */
  private boolean answered(Hit flag, List<Hit> guards) {
    for (Hit guard : guards) {
      int flagSentence = flag.sentence().index();
      int guardSentence = guard.sentence().index();
      if (guardSentence == flagSentence && guard.match().first() > flag.match().last()
          && contrastBetween(guard.sentence(), flag.match().last(), guard.match().first())) {
        return true;
      }
      if (guardSentence == flagSentence + 1
          && contrastBetween(guard.sentence(), -1, guard.sentence().tokens().size())) {
        return true;
      }
    }
    return false;
  }

  private boolean contrastBetween(Sentence sentence, int after, int before) {
    for (int i = after + 1; i < before; i++) {
      if (lexicon.contrasts().contains(sentence.tokens().get(i).forms().folded())) {
        return true;
      }
    }
    return false;
  }

  /** Matches found but not counted, by what kept them out; considered ones too unless the verdict rests on them. */
  private List<Evidence> notCounted(List<Hit> hits, boolean consideredCounted) {
    List<Evidence> shown = new ArrayList<>();
    for (ContextKind kind : ContextKind.values()) {
      if ((kind == ContextKind.CONSIDERED || kind == ContextKind.HEDGED) && consideredCounted) {
        continue;
      }
      shown.addAll(evidence(bestPerSentence(hits, h -> h.context() == kind), role(kind)));
    }
    return shown;
  }

  private static Evidence.Role role(ContextKind kind) {
    return switch (kind) {
      case NEGATED -> Evidence.Role.NEGATED;
      case QUOTED -> Evidence.Role.QUOTED;
      case PAST -> Evidence.Role.PAST;
      case CONSIDERED, HEDGED, VOICED -> Evidence.Role.CONSIDERED;
    };
  }

  private static Set<Integer> sentences(List<Hit> hits) {
    Set<Integer> indexes = new HashSet<>();
    hits.forEach(h -> indexes.add(h.sentence().index()));
    return indexes;
  }

  /** Whether the hits add up to the threshold: one hit for a threshold of 1, else concrete detail too. */
  private static boolean strong(List<Hit> hits, int threshold) {
    int strength = hits.stream().mapToInt(Hit::strength).sum();
    return !hits.isEmpty() && strength >= threshold && (threshold <= 1 || hits.stream().anyMatch(Hit::concrete));
  }

  /**
   * Every match of the rules, read in its context. A rule written with '!' counts where the plan
   * negates what it finds and is otherwise not counted; a red flag after "ikke kun" is turned around.
   */
  private List<Hit> find(List<Rule> rules, boolean redFlags) {
    List<Hit> hits = new ArrayList<>();
    for (Rule rule : rules) {
      Pattern pattern = rule.pattern();
      for (Sentence sentence : index.candidates(pattern)) {
        for (Pattern.Match match : index.matches(pattern, sentence)) {
          ContextReader reader = reader(sentence);
          ContextKind context = reader.strongest(match, rule.aboutThePast() ? PAST_UNHEEDED : ALL_HEEDED);
          if (redFlags && context == null && reader.afterNotOnly(match)) {
            context = ContextKind.NEGATED;
          }
          if (context == ContextKind.HEDGED && redFlags || context == ContextKind.VOICED && !redFlags) {
            context = null;
          } else if (context == ContextKind.VOICED) {
            context = ContextKind.CONSIDERED;
          }
          if (rule.whenNegated()) {
            // What the plan does not negate is no concern of a '!' rule: not even a mention not counted.
            if (context != ContextKind.NEGATED || !reader.negatedAt(match, NEGATION_REACH)) {
              continue;
            }
            context = null;
          }
          hits.add(new Hit(sentence, rule.source(), match, context, reader.signals(match)));
        }
      }
    }
    return hits;
  }

  /**
   * Affirmed sentences under a heading the item names ("Roller og ansvar") that match one of its
   * cues: the heading says what they are about even when no rule finds them. Sentences a rule
   * already found are left to that rule.
   */
  private List<Hit> underHeadings(CompiledItem item, Set<Integer> alreadyFound) {
    List<Hit> hits = new ArrayList<>();
    if (!item.thresholds().headingCredit()) {
      return hits;
    }
    Set<Integer> seen = new HashSet<>(alreadyFound);
    for (Pattern heading : item.sections()) {
      for (Sentence sentence : index.underHeading(heading)) {
        if (!seen.add(sentence.index())) {
          continue;
        }
        for (Rule cue : item.cues()) {
          Optional<Pattern.Match> match = index.matches(cue.pattern(), sentence).stream().findFirst();
          if (match.isPresent() && reader(sentence).contextOf(match.get()).isEmpty()) {
            hits.add(new Hit(sentence, "§ " + heading.source() + " + " + cue.source(), match.get(), null,
                reader(sentence).signals(match.get())));
            break;
          }
        }
      }
    }
    return hits;
  }

  private ContextReader reader(Sentence sentence) {
    return contexts.of(sentence);
  }

  /** One hit per sentence among those the filter keeps, the most concrete, strongest first. */
  private static List<Hit> bestPerSentence(List<Hit> hits, Predicate<Hit> keep) {
    Map<Integer, Hit> best = new LinkedHashMap<>();
    for (Hit h : hits) {
      if (keep.test(h)) {
        best.merge(h.sentence().index(), h, (a, b) -> b.strength() > a.strength() ? b : a);
      }
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
        quote(s, hit.match()), hit.rule(), hit.signals());
  }

  /** The sentence on one line. */
  static String oneLine(Sentence s) {
    return s.text().replaceAll("\\s+", " ").strip();
  }

  /** The sentence on one line, cut after {@value #QUOTE_LIMIT} characters. */
  static String quote(Sentence s) {
    String text = oneLine(s);
    if (text.length() <= QUOTE_LIMIT) {
      return text;
    }
    int end = text.lastIndexOf(' ', QUOTE_LIMIT);
    return text.substring(0, end > 0 ? end : QUOTE_LIMIT) + " …";
  }

  /** The sentence, or the part of a long one around the match, on one line. */
  static String quote(Sentence s, Pattern.Match match) {
    String text = oneLine(s);
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
