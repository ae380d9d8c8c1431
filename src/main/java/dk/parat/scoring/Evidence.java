package dk.parat.scoring;

import java.util.List;

/**
 * A span of the plan that a verdict rests on.
 *
 * @param role what the span shows: support for the item, a red flag, or a mention that was not
 *     counted because it is negated
 * @param pattern the checklist pattern that found it
 * @param signals the kinds of concrete detail in the span (number, name, role, activity, money, time)
 */
public record Evidence(Role role, String file, int line, List<String> headingPath, String quote, String pattern,
    List<String> signals) {

  /** What a span of evidence shows. */
  public enum Role {
    SUPPORT("support"),
    RED_FLAG("red-flag"),
    NEGATED("negated");

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

  public String section() {
    return String.join(" › ", headingPath);
  }
}
