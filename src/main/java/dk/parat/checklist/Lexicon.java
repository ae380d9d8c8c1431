package dk.parat.checklist;

import java.util.List;

/** The words parat reads every plan with, as written in {@code checklists/lexicon.yaml}. */
public record Lexicon(
    Context context,
    List<String> clauseConjunctions,
    List<String> coordinators,
    List<String> contrasts,
    List<String> complementizers,
    List<String> placeholders,
    Furniture furniture,
    Concreteness concreteness) {

  /** The words that recognise document furniture; see {@link FurnitureWords}. */
  public record Furniture(List<String> headings, List<String> contact, List<String> phone, List<String> metadata,
      List<String> pages, List<String> mail) {}

  /** The triggers of each kind of context, and the phrases that only look like negations. */
  public record Context(Trigger negated, Trigger considered, Trigger hedged, Trigger voiced, Trigger past, Trigger quoted,
      TextList notReally) {}

  /**
   * One kind of context's triggers.
   *
   * @param reach {@code clause} or {@code sentence}: how far a trigger before a match reaches
   * @param afterWindow how many words after a match a trigger may stand and still govern it
   * @param ends words that end a trigger's reach ("denne gang" after "sidst")
   * @param questions whether a sentence ending in a question mark is of this kind as a whole
   */
  public record Trigger(String reach, Integer afterWindow, TextList before, TextList after, TextList ends,
      Boolean questions) {

    public Trigger {
      before = before == null ? TextList.empty() : before;
      after = after == null ? TextList.empty() : after;
      ends = ends == null ? TextList.empty() : ends;
    }
  }

  /** The kinds of concrete detail that make a mention count. */
  public record Concreteness(List<String> notNames, TextList roles, TextList activities, TextList money, TextList time) {}
}
