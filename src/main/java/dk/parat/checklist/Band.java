package dk.parat.checklist;

/** A readiness level: a plan whose score reaches {@code min} gets the first such band, best first. */
public record Band(String id, double min, Text label, Text meaning) {}
