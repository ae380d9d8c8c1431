package dk.parat.checklist;

import dk.parat.plan.PlanContext;
import java.util.List;

/**
 * A test on the plan's declared context. Every key given must hold; a key holds when the
 * plan's value is one of the listed values. An undeclared value never satisfies a key.
 */
public record Condition(List<String> phase, List<String> maturity, List<String> scale, List<String> audience) {

  public boolean holds(PlanContext context) {
    return holds(phase, context.phase()) && holds(maturity, context.maturity())
        && holds(scale, context.scale()) && holds(audience, context.audience());
  }

  private static boolean holds(List<String> allowed, String actual) {
    return allowed == null || (actual != null && allowed.contains(actual));
  }
}
