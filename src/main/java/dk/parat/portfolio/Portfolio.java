package dk.parat.portfolio;

import dk.parat.checklist.CompiledChecklist;
import dk.parat.run.Run;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A batch's plans as its aggregates see them: a {@link PlanSummary} per scored plan, in path
 * order, and the plans that could not be read.
 */
public final class Portfolio {

  private final List<CompiledChecklist> checklists;
  private final List<PlanSummary> plans = new ArrayList<>();
  private final List<Run.Unreadable> failures = new ArrayList<>();

  public Portfolio(List<CompiledChecklist> checklists) {
    this.checklists = List.copyOf(checklists);
  }

  /** Adds a scored plan; plans are added in path order. */
  public void add(PlanSummary plan) {
    plans.add(plan);
  }

  public void fail(Run.Unreadable failure) {
    failures.add(failure);
  }

  public List<CompiledChecklist> checklists() {
    return checklists;
  }

  public List<PlanSummary> plans() {
    return List.copyOf(plans);
  }

  /** The plans that could not be found or read, by path. */
  public List<Run.Unreadable> failures() {
    return failures.stream().sorted(Comparator.comparing(Run.Unreadable::path)).toList();
  }

  /** The aggregates over the plans' scores against the run's {@code index}-th checklist. */
  public ChecklistStats stats(int index) {
    return ChecklistStats.of(checklists.get(index), index, plans);
  }
}
