package dk.parat.agreement;

import dk.parat.checklist.Status;
import java.util.List;

/**
 * Consultants' label for one item of one plan.
 *
 * @param consensus the label parat is compared with
 * @param writer the plan's writer's own label, or null when there is none
 * @param rater a second consultant's blind label, or null when there is none
 * @param quotes the words of the plan the writer and the rater quote for their labels (none when the
 *     corpus gives none)
 */
public record Label(Status consensus, Status writer, Status rater, List<Quote> quotes) {

  /** Words of the plan one consultant quotes for a label: the evidence the label rests on. */
  public record Quote(Status label, String words) {}

  public Label {
    quotes = List.copyOf(quotes);
  }
}
