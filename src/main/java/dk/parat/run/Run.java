package dk.parat.run;

import dk.parat.gate.GateResult;
import dk.parat.scoring.PlanResult;
import java.util.List;
import java.util.Optional;

/**
 * Everything one run produced, as the report writers see it: each scored plan with its gate
 * results, and the plans that could not be read.
 */
public record Run(List<Scored> plans, List<Unreadable> unreadable) {

  public Run {
    plans = List.copyOf(plans);
    unreadable = List.copyOf(unreadable);
  }

  /** A scored plan and, per checklist, whether it passed the gate (empty when no gate is set). */
  public record Scored(PlanResult result, List<GateResult> gates) {
    public Scored {
      gates = List.copyOf(gates);
    }

    public Optional<GateResult> gate(String checklist) {
      return gates.stream().filter(g -> g.checklist().equals(checklist)).findFirst();
    }
  }

  /** A plan that could not be read, and why. */
  public record Unreadable(String path, String message) {}

  public boolean gatePassed() {
    return plans.stream().flatMap(p -> p.gates().stream()).allMatch(GateResult::passed);
  }
}
