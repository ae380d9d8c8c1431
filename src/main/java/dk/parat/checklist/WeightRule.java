package dk.parat.checklist;

/** An item weight that applies in a given context. */
public record WeightRule(Condition when, double weight) {}
