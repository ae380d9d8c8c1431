package dk.parat.checklist;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An item's verdict, with the meaning given in {@code docs/scoring-semantics.md}. The ids are the
 * same in every language and format; reports show a translated label beside them.
 */
public enum Status {
  COVERED("covered", 1.0),
  PARTIAL("partial", 0.5),
  MISSING("missing", 0.0),
  GUARDED("guarded", 1.0),
  UNCLEAR("unclear", 0.5),
  EXPOSED("exposed", 0.0),
  NOT_APPLICABLE("not-applicable", 0.0);

  private final String id;
  private final double score;

  Status(String id, double score) {
    this.id = id;
    this.score = score;
  }

  public String id() {
    return id;
  }

  /** The item score this status earns; meaningless for {@link #NOT_APPLICABLE}, which leaves the denominator. */
  public double score() {
    return score;
  }

  /**
   * The place on the ordinal scale consultants label on: 2 for covered and guarded, 1 for
   * partial and unclear, 0 for missing and exposed.
   */
  public int level() {
    return (int) Math.round(score * 2);
  }

  public boolean isGap() {
    return this == PARTIAL || this == MISSING || this == UNCLEAR || this == EXPOSED;
  }

  /** Whether the status can be given to an item of this kind. */
  public boolean fits(ItemKind kind) {
    return switch (this) {
      case COVERED, PARTIAL, MISSING -> !kind.isPitfall();
      case GUARDED, UNCLEAR, EXPOSED -> kind.isPitfall();
      case NOT_APPLICABLE -> true;
    };
  }

  public static Optional<Status> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    return Arrays.stream(values()).filter(s -> s.id.equals(v)).findFirst();
  }
}
