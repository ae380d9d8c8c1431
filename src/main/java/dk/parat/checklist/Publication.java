package dk.parat.checklist;

/** The publication a checklist is built from, cited in every report. */
public record Publication(String title, String publisher, Integer year, String isbn, String url) {}
