package dk.parat.gate;

import dk.parat.checklist.Status;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When a run fails: the statuses that fail it, and the minimum scores.
 *
 * @param failOn statuses that fail the gate (unless waived)
 * @param minScore overall minimum, or null
 * @param minChapterScore minimum for every chapter, or null
 * @param chapterMinimums minimums for named chapters, over {@code minChapterScore}
 */
public record GatePolicy(Set<Status> failOn, Double minScore, Double minChapterScore, Map<String, Double> chapterMinimums) {

  /** The values of {@code --fail-on}, each failing on its status and every worse one. */
  public static final List<String> FAIL_ON_LEVELS = List.of("exposed", "missing", "partial", "never");

  public GatePolicy {
    failOn = Set.copyOf(failOn);
    chapterMinimums = chapterMinimums == null ? Map.of() : Map.copyOf(chapterMinimums);
  }

  public static GatePolicy none() {
    return new GatePolicy(Set.of(), null, null, Map.of());
  }

  /** {@code exposed}: exposed fails; {@code missing}: also missing; {@code partial}: also partial and unclear. */
  public static Set<Status> failOn(String level) {
    return switch (level.toLowerCase(Locale.ROOT)) {
      case "exposed" -> Set.of(Status.EXPOSED);
      case "missing" -> Set.of(Status.EXPOSED, Status.MISSING);
      case "partial" -> Set.of(Status.EXPOSED, Status.MISSING, Status.PARTIAL, Status.UNCLEAR);
      case "never" -> Set.of();
      default -> throw new IllegalArgumentException("--fail-on '" + level + "' is not a level; use one of "
          + String.join(", ", FAIL_ON_LEVELS));
    };
  }

  public boolean isActive() {
    return !failOn.isEmpty() || minScore != null || minChapterScore != null || !chapterMinimums.isEmpty();
  }
}
