package dk.parat.explain;

import dk.parat.answers.AppliedAnswer;
import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.Status;
import dk.parat.plan.Plan;
import dk.parat.plan.Section;
import dk.parat.report.AnswerText;
import dk.parat.report.Messages;
import dk.parat.run.Run;
import dk.parat.scoring.Evidence;
import dk.parat.scoring.ItemResult;
import dk.parat.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Explains a scored plan's verdict on one item from what the scoring kept: the spans of evidence
 * with their roles and patterns, the mentions not counted, and the item's thresholds. A role the
 * engine adds needs only its words ({@code explain.role.ID} and {@code explain.decision.ID}).
 */
public final class PlanExplanations {

  /** Most kinds of concrete detail a sentence's strength counts (scoring-semantics.md). */
  private static final int MOST_DETAIL = 3;

  /** How the scoring names a sentence credited for the heading above it ("§ heading + cue"). */
  private static final String HEADING_CREDIT = "§ ";

  private final Messages m;
  private final TextAnalyzer analyzer;

  /** @param analyzer the run's tokeniser, to find the headings that name the item as scoring does */
  public PlanExplanations(Messages m, TextAnalyzer analyzer) {
    this.m = m;
    this.analyzer = analyzer;
  }

  /** The explanation of the item's verdict in the plan, or empty when the plan was not scored against its checklist. */
  public Optional<Explanation> of(Run.Scored scored, CompiledItem item) {
    return scored.result().scores().stream().flatMap(s -> s.items().stream())
        .filter(r -> r.item().id().equals(item.id())).findFirst().map(r -> explain(scored, r));
  }

  private Explanation explain(Run.Scored scored, ItemResult r) {
    CompiledItem item = r.item();
    boolean pitfall = item.item().kind().isPitfall();
    Plan plan = scored.result().plan();
    String heading = item.id() + " · " + item.item().title().in(m.lang()) + "\n" + plan.path();
    AppliedAnswer answer = scored.answer(r);
    String verdict = m.get("explain.verdict", m.status(r.foundStatus()))
        + (answer == null ? "" : "\n" + AnswerText.plain(answer, m));
    if (r.foundStatus() == Status.NOT_APPLICABLE) {
      String reason = r.notApplicableReason() == null ? "" : r.notApplicableReason().in(m.lang());
      return new Explanation(heading, verdict, m.get("explain.rule.notApplicable", reason), List.of(), List.of(), null,
          null, List.of(m.get("explain.change.notApplicable")));
    }
    int threshold = item.thresholds().strength();
    List<Explanation.Candidate> candidates = new ArrayList<>();
    r.evidence().forEach(e -> candidates.add(candidate(r, e)));
    r.notCounted().forEach(e -> candidates.add(candidate(r, e)));
    int counted = guarding(r).mapToInt(PlanExplanations::strength).sum();
    boolean concrete = guarding(r).anyMatch(e -> !e.signals().isEmpty());
    List<Evidence> flags = Stream.concat(r.evidence().stream(), r.notCounted().stream())
        .filter(e -> e.role() == Evidence.Role.RED_FLAG).toList();
    String conflict = r.contradicts() ? m.get("explain.conflict.unclear")
        : pitfall && !flags.isEmpty() && guarding(r).findAny().isPresent()
        ? m.get(r.foundStatus() == Status.GUARDED ? "explain.conflict.guarded" : "explain.conflict.exposed", counted,
            threshold) : null;
    String tally = !pitfall && threshold == 0
        ? m.get("explain.tallyStrong", strongSentences(r), item.thresholds().strongMentions())
        : m.get("explain.tally", counted, threshold, m.get(concrete ? "explain.yes" : "explain.no"));
    String rule = pitfall ? m.get("explain.rule.pitfall", threshold)
        : threshold == 0 ? m.get("explain.rule.insightStrong") : m.get("explain.rule.insight", threshold);
    return new Explanation(heading, verdict, rule,
        candidates, headings(plan, item), conflict, tally, wouldChange(r, counted, threshold, concrete, !flags.isEmpty()));
  }

  /** How many of the spans found by one of the item's {@code strong} rules count. */
  private static long strongSentences(ItemResult r) {
    return r.evidence().stream().filter(e -> e.role() == Evidence.Role.SUPPORT && strong(r, e)).count();
  }

  private static boolean strong(ItemResult r, Evidence e) {
    return r.item().strong().stream().anyMatch(rule -> rule.source().equals(e.pattern()));
  }

  /** The evidence that counts towards covered or guarded: the item's supporting spans, wherever they are kept. */
  private static Stream<Evidence> guarding(ItemResult r) {
    return (r.foundStatus() == Status.EXPOSED ? r.notCounted() : r.evidence()).stream()
        .filter(e -> e.role() == Evidence.Role.SUPPORT);
  }

  private Explanation.Candidate candidate(ItemResult r, Evidence e) {
    String where = m.get("report.line") + " " + e.line() + (e.headingPath().isEmpty() ? ""
        : ", " + e.headingPath().get(e.headingPath().size() - 1));
    boolean byHeading = e.pattern().startsWith(HEADING_CREDIT);
    String foundBy = m.get(byHeading ? "explain.foundBy.heading" : "explain.foundBy.wording", e.pattern());
    return new Explanation.Candidate(where, e.quote(), m.get("explain.role." + e.role().id()), decision(r, e),
        foundBy, strength(e), e.signals().stream().map(s -> m.get("explain.signal." + s)).toList());
  }

  private String decision(ItemResult r, Evidence e) {
    Status found = r.foundStatus();
    boolean pitfall = r.item().item().kind().isPitfall();
    String key = switch (e.role()) {
      case NEGATED -> "negated";
      case PAST -> "past";
      case QUOTED -> "quoted";
      case DOUBTED -> "doubted";
      case CONSIDERED -> pitfall ? "consideredGuard" : "considered";
      case RED_FLAG -> found == Status.EXPOSED ? "redFlag" : r.contradicts() ? "redFlagContradicts" : "redFlagOutweighed";
      case SUPPORT -> !pitfall ? strong(r, e) ? "supportStrong" : "support"
          : found == Status.GUARDED ? "guard" : r.contradicts() ? "guardContradicted" : "weakGuard";
    };
    return m.get("explain.decision." + key);
  }

  private static int strength(Evidence e) {
    return 1 + Math.min(e.signals().size(), MOST_DETAIL);
  }

  /** Sections whose heading, or a heading above it, names the item: scoring reads what stands under them as about it. */
  private List<String> headings(Plan plan, CompiledItem item) {
    List<String> named = new ArrayList<>();
    for (Section section : plan.sections()) {
      for (String h : section.headingPath()) {
        var tokens = analyzer.tokens(h);
        if (item.sections().stream().anyMatch(p -> !p.matches(tokens).isEmpty())) {
          named.add(m.get("explain.heading", section.heading(), section.headingLine(), section.blocks().size()));
          break;
        }
      }
    }
    return named;
  }

  private List<String> wouldChange(ItemResult r, int counted, int threshold, boolean concrete, boolean flags) {
    List<String> changes = new ArrayList<>();
    boolean negated = r.notCounted().stream().anyMatch(e -> e.role() == Evidence.Role.NEGATED);
    switch (r.foundStatus()) {
      case MISSING -> changes.add(m.get("explain.change.missing", threshold));
      case PARTIAL -> changes.add(threshold == 0 ? m.get("explain.change.partialStrong")
          : m.get(concrete ? "explain.change.partial" : "explain.change.partialAbstract",
              Math.max(0, threshold - counted), threshold));
      case COVERED -> changes.add(m.get("explain.change.covered", threshold));
      case UNCLEAR -> changes.add(r.contradicts() ? m.get("explain.change.contradiction")
          : m.get("explain.change.unclear", threshold));
      case EXPOSED -> changes.add(m.get("explain.change.exposed", threshold, counted));
      case GUARDED -> changes.add(m.get(flags ? "explain.change.guardedFlags" : "explain.change.guarded", threshold));
      default -> { }
    }
    if (negated) {
      changes.add(m.get("explain.change.negated"));
    }
    if (r.status() != r.foundStatus()) {
      changes.add(m.get("explain.change.answer"));
    }
    return changes;
  }

}
