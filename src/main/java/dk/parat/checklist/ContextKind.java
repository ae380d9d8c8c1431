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
  CONSIDERED("considered");

  private final String id;

  ContextKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
