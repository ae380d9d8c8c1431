package dk.parat.explain;

import java.util.List;

/**
 * Why one plan got one verdict on one item, every word in one language: the candidate sentences
 * with what found them and what was decided about each, the sections whose headings name the
 * item, a conflict between guards and red flags, the sum against the threshold, and what would
 * change the verdict.
 *
 * @param verdict the status that counts, and whose it is
 * @param rule how the item's status is decided
 * @param candidates the sentences parat weighed, strongest first
 * @param headings the plan's sections whose headings name the item
 * @param conflict how guards and red flags in the same plan were weighed, or null
 * @param tally the counted strength against the threshold, or null when the item is set aside
 * @param wouldChange what would change the verdict
 */
public record Explanation(String heading, String verdict, String rule, List<Candidate> candidates,
    List<String> headings, String conflict, String tally, List<String> wouldChange) {

  public Explanation {
    candidates = List.copyOf(candidates);
    headings = List.copyOf(headings);
    wouldChange = List.copyOf(wouldChange);
  }

  /**
   * A sentence that matched one of the item's rules.
   *
   * @param role what the sentence shows, as the engine classed it
   * @param decision what was decided about it: counted, not counted and why
   * @param foundBy the rule that matched: the item's wording, or a heading that names it
   * @param strength 1 for the mention plus one per kind of concrete detail (at most three)
   * @param detail the kinds of concrete detail in it
   */
  public record Candidate(String where, String quote, String role, String decision, String foundBy, int strength,
      List<String> detail) {

    public Candidate {
      detail = List.copyOf(detail);
    }
  }
}
