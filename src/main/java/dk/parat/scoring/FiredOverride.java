package dk.parat.scoring;

import dk.parat.checklist.Band;
import dk.parat.checklist.OverrideRule;
import java.util.List;

/**
 * An override rule that fired for a plan.
 *
 * @param items the items that made it fire
 * @param lowered whether it lowered the band (another rule or the score may already be lower)
 */
public record FiredOverride(OverrideRule rule, Band cap, List<String> items, boolean lowered) {

  public FiredOverride {
    items = List.copyOf(items);
  }
}
