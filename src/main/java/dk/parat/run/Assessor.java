package dk.parat.run;

import dk.parat.answers.AnswerSource;
import dk.parat.answers.Answers;
import dk.parat.checklist.ChecklistSet;
import dk.parat.files.InputError;
import dk.parat.gate.Gate;
import dk.parat.gate.GatePolicy;
import dk.parat.gate.GateResult;
import dk.parat.plan.Plan;
import dk.parat.scoring.PlanResult;
import dk.parat.scoring.Scorer;
import dk.parat.waiver.Waiver;
import dk.parat.waiver.WaiverApplier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The whole assessment of one plan, shared by every command: score it, put the consultant's
 * interview answers on the verdicts, attach waivers (unless they are ignored), and apply the
 * gate. Answers come before waivers because whether a gap is waived depends on the status that
 * counts. Thread-safe; one instance serves a whole portfolio.
 */
public final class Assessor {

  private final Scorer scorer;
  private final WaiverApplier waivers;
  private final GatePolicy policy;
  private final boolean ignoreWaivers;
  private final AnswerSource answers;

  public Assessor(ChecklistSet checklists, List<Waiver> configWaivers, boolean ignoreWaivers, GatePolicy policy,
      LocalDate today, AnswerSource answers) throws InputError {
    this.scorer = new Scorer(checklists);
    this.waivers = new WaiverApplier(ignoreWaivers ? List.of() : configWaivers, today);
    this.policy = policy;
    this.ignoreWaivers = ignoreWaivers;
    this.answers = answers;
  }

  /** One plan's assessment, with the waivers that name items no checklist has. */
  public record Assessment(Run.Scored scored, List<Waiver> unknownWaivers) {}

  /** What to tell the user about a waiver that names an item none of the checklists has. */
  public static String unknown(Waiver w) {
    return w.declaredIn() + ":" + w.line() + ": the waiver names item '" + w.item()
        + "', which none of the checklists has; check the id ('parat checklist show ID' lists them)";
  }

  /** @throws InputError when the plan's answers file is broken */
  public Assessment assess(Plan plan) throws InputError {
    return assess(score(plan));
  }

  /** parat's own verdicts on the plan, before answers and waivers: the expensive part, done once per plan. */
  public PlanResult score(Plan plan) {
    return scorer.score(plan);
  }

  /**
   * The assessment of a plan parat has already scored: cheap, so an interview can show the
   * effect of every answer at once.
   */
  public Assessment assess(PlanResult own) throws InputError {
    Answers given = answers.find(own.plan()).orElse(Answers.none());
    PlanResult result = AnswerApplier.apply(own, given);
    List<Waiver> declared = ignoreWaivers ? List.of() : result.plan().waivers();
    Run.Skipped skipped = new Run.Skipped(answers.setAside(own.plan()).orElse(null),
        ignoreWaivers ? result.plan().waivers() : List.of());
    List<String> items = result.scores().stream().flatMap(s -> s.items().stream()).map(i -> i.item().id()).toList();
    List<Waiver> unknown = waivers.unknown(items, declared);
    result = withWaivers(result, waivers.byItem(declared));
    List<GateResult> gates = policy.isActive() ? result.scores().stream().map(new Gate(policy)::evaluate).toList() : List.of();
    return new Assessment(new Run.Scored(result, gates, given, skipped), unknown);
  }

  /** Each item with the waiver that names it, which counts only while it holds. */
  private PlanResult withWaivers(PlanResult result, Map<String, Waiver> byItem) throws InputError {
    if (byItem.isEmpty()) {
      return result;
    }
    return Rescoring.rescore(result, item -> {
      Waiver w = byItem.get(item.item().id());
      return w == null ? item : item.withWaiver(w, waivers.active(w));
    });
  }
}
