package dk.parat.report;

import dk.parat.plan.Location;

/** Says where evidence stands in the plan's own terms: "linje 12", "afsnit 4", "s. 3, afsnit 4". */
final class Locations {

  private final Messages m;

  Locations(Messages m) {
    this.m = m;
  }

  String label(Location location) {
    if (location instanceof Location.PageParagraph p) {
      return m.get("report.page") + " " + p.page() + ", " + m.get("report.paragraph") + " " + p.paragraph();
    }
    if (location instanceof Location.Paragraph p) {
      return m.get("report.paragraph") + " " + p.paragraph();
    }
    return m.get("report.line") + " " + location.line();
  }

  /** As {@link #label}, but a bare number for a line, as the CSV has always shown it. */
  String compact(Location location) {
    return location instanceof Location.Line ? String.valueOf(location.line()) : label(location);
  }
}
