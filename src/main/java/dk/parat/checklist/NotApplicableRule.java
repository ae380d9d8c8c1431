package dk.parat.checklist;

/** A context in which an item is set aside, and why. */
public record NotApplicableRule(Condition when, Text reason) {}
