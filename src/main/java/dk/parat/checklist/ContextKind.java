package dk.parat.checklist;

/**
 * What the words around a match say about it, strongest first: a match governed by several
 * kinds reads as the first of them.
 */
public enum ContextKind {
  /** Said not to happen, or dismissed ("MED-udvalget orienteres ikke", "pilot fravalgt"). */
  NEGATED("negated"),
  /** Somebody else's words: a question, or what another party asks or proposes. */
  QUOTED("quoted"),
  /** About an earlier project, not this plan ("sidst gik det fint"). */
  PAST("past"),
  /** Only considered, hoped for or left open ("en pilot bør overvejes", "evt. superbrugere"). */
  CONSIDERED("considered"),
  /**
   * Hedged: how much is left open ("inddrages i relevant omfang", "support efter behov"). Reads as
   * considered for coverage and guards; a red flag stays one, as the hedge is the vagueness it warns of.
   */
  HEDGED("hedged"),
  /**
   * A worry somebody voices ("rådgiverne frygter, at …"): a red flag in it is a sign only, as it
   * is the staff's fear and not the plan's decision; for coverage and guards it is what the plan says.
   */
  VOICED("voiced");

  private final String id;

  ContextKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
