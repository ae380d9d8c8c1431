package dk.parat.portfolio;

import dk.parat.plan.Plan;
import dk.parat.plan.PlanContext;
import dk.parat.plan.read.ContextReader;
import java.nio.file.Path;
import java.util.Map;

/** What a dashboard groups plans by: the folder a plan lies in, and a front-matter field the user names. */
final class Grouping {

  private Grouping() {}

  /** The plan's folder as named, or "." for a plan named without one. */
  static String folder(String path) {
    Path parent = Path.of(path).getParent();
    return parent == null ? "." : parent.toString().replace('\\', '/');
  }

  /**
   * The value of a front-matter field: a context key in English or Danish ({@code kommune},
   * {@code phase}) or any other key the plan declares ({@code forvaltning}), compared without
   * case; null when the plan does not declare it.
   */
  static String field(Plan plan, String name) {
    PlanContext c = plan.context();
    String canonical = ContextReader.canonicalKey(name);
    if (canonical != null) {
      return switch (canonical) {
        case "title" -> c.title();
        case "municipality" -> c.municipality();
        case "technology" -> c.technology();
        case "phase" -> c.phase();
        case "maturity" -> c.maturity();
        case "scale" -> c.scale();
        case "audience" -> c.audience();
        default -> c.language();
      };
    }
    return c.extra().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name.strip()))
        .map(Map.Entry::getValue).filter(v -> !v.isBlank()).findFirst().orElse(null);
  }
}
