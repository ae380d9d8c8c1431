package dk.parat.checklist;

import java.util.List;

/** The words parat reads every plan with, as written in {@code checklists/lexicon.yaml}. */
public record Lexicon(
    TextList negations,
    TextList negationExceptions,
    TextList dismissals,
    List<String> clauseConjunctions,
    List<String> coordinators,
    List<String> complementizers,
    List<String> placeholders,
    Concreteness concreteness) {

  /** The kinds of concrete detail that make a mention count. */
  public record Concreteness(List<String> notNames, TextList roles, TextList activities, TextList money, TextList time) {}
}
