package dk.parat.checklist;

import dk.parat.text.Pattern;

/**
 * An evidence pattern with the polarity it counts in: as written, a pattern counts where the
 * plan affirms what it finds; written with a leading {@code !}, only where the plan negates or
 * dismisses it ("! @med-body & @discuss" finds "MED-udvalget inddrages ikke"). Written with a
 * leading {@code <}, it also counts where the plan speaks of the past, for a pitfall that lies in
 * how the plan leans on what happened before ("< @earlier ~15 @went-well" finds "Da vi fik
 * Nexus i 2021, gik det fint").
 */
public record Rule(Pattern pattern, boolean whenNegated, boolean aboutThePast) {

  /** The rule as the checklist writes it. */
  public String source() {
    return (whenNegated ? "!" : "") + (aboutThePast ? "<" : "") + pattern.source();
  }
}
