package dk.parat.checklist;

import dk.parat.text.Pattern;

/**
 * An evidence pattern with the polarity it counts in: as written, a pattern counts where the
 * plan affirms what it finds; written with a leading {@code !}, only where the plan negates or
 * dismisses it ("! @med-body & @discuss" finds "MED-udvalget inddrages ikke").
 */
public record Rule(Pattern pattern, boolean whenNegated) {

  /** The rule as the checklist writes it. */
  public String source() {
    return whenNegated ? "!" + pattern.source() : pattern.source();
  }
}
