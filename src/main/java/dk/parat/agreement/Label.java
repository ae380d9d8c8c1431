package dk.parat.agreement;

import dk.parat.checklist.Status;

/**
 * Consultants' label for one item of one plan.
 *
 * @param consensus the label parat is compared with
 * @param writer the plan's writer's own label, or null when there is none
 * @param rater a second consultant's blind label, or null when there is none
 */
public record Label(Status consensus, Status writer, Status rater) {}
