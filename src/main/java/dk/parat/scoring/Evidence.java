package dk.parat.scoring;

import dk.parat.plan.Location;
import java.util.List;

/**
 * A span of the plan that a verdict rests on.
 *
 * @param role what the span shows: support for the item, a red flag, or a mention read in a
 *     context that keeps it from counting fully
 * @param location where the span begins, as the plan's format counts (line, paragraph, page)
 * @param pattern the checklist pattern that found it
 * @param signals the kinds of concrete detail in the span (number, name, role, activity, money, time)
 */
public record Evidence(Role role, String file, Location location, List<String> headingPath, String quote, String pattern,
    List<String> signals) {

  /** What a span of evidence shows. */
  public enum Role {
    SUPPORT("support"),
    RED_FLAG("red-flag"),
    /** Said not to happen, or dismissed: not counted. */
    NEGATED("negated"),
    /** Only considered or left open: counts as a vague mention or a weak guard at most. */
    CONSIDERED("considered"),
    /** About an earlier project: not counted. */
    PAST("past"),
    /** A question, or somebody else's words: not counted. */
    QUOTED("quoted"),
    /** A red flag the rules found that the trained reader doubts (it reads the sentence as a guard, or the whole plan as not walking into the pitfall): not counted. */
    DOUBTED("doubted");

    private final String id;

    Role(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public Evidence {
    headingPath = List.copyOf(headingPath);
    signals = List.copyOf(signals);
  }

  /** The one number that finds the span: the source line, the Word paragraph, the PDF page ({@link Location#line()}). */
  public int line() {
    return location.line();
  }

  /**
   * The line in the file, for tools that point into files (SARIF, annotations): the source line
   * of a text plan; line 1 of a Word or PDF file, whose evidence has no line of its own.
   */
  public int fileLine() {
    return location instanceof Location.Line ? location.line() : 1;
  }

  public String section() {
    return String.join(" › ", headingPath);
  }
}
