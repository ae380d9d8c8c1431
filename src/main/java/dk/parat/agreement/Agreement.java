package dk.parat.agreement;

import dk.parat.checklist.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How well two sets of labels agree on a list of verdicts: Cohen's kappa with linear weights on
 * the three-level scale both consultants and parat use (covered/guarded, partial/unclear,
 * missing/exposed), the exact agreement, and for red flags the precision and recall of
 * {@code exposed}. Insights and pitfalls are weighed alike: the macro kappa is the mean of the two.
 */
public final class Agreement {

  private final List<Verdict> verdicts;
  private final Function<Verdict, Status> first;
  private final Function<Verdict, Status> second;

  private Agreement(List<Verdict> verdicts, Function<Verdict, Status> first, Function<Verdict, Status> second) {
    this.verdicts = verdicts.stream().filter(v -> first.apply(v) != null && second.apply(v) != null).toList();
    this.first = first;
    this.second = second;
  }

  /** The consultants' consensus against parat. */
  public static Agreement ofParat(List<Verdict> verdicts) {
    return new Agreement(verdicts, v -> v.label().consensus(), Verdict::parat);
  }

  /** The writer's label against the blind rater's: the agreement a consultant can hope for. */
  public static Agreement ofConsultants(List<Verdict> verdicts) {
    return new Agreement(verdicts, v -> v.label().writer(), v -> v.label().rater());
  }

  public Agreement where(Predicate<Verdict> keep) {
    return new Agreement(verdicts.stream().filter(keep).toList(), first, second);
  }

  public int size() {
    return verdicts.size();
  }

  public double kappa() {
    List<int[]> pairs = new ArrayList<>();
    verdicts.forEach(v -> pairs.add(new int[] {first.apply(v).level(), second.apply(v).level()}));
    return WeightedKappa.of(pairs, 3);
  }

  /** The mean of the insights' and the pitfalls' kappa. */
  public double macroKappa() {
    return (where(v -> !v.kind().isPitfall()).kappa() + where(v -> v.kind().isPitfall()).kappa()) / 2;
  }

  public double exact() {
    return verdicts.isEmpty() ? Double.NaN
        : verdicts.stream().filter(v -> first.apply(v) == second.apply(v)).count() / (double) verdicts.size();
  }

  /** Of the items the second called exposed, the share the first called exposed too. */
  public double redFlagPrecision() {
    List<Verdict> called = verdicts.stream().filter(v -> second.apply(v) == Status.EXPOSED).toList();
    return called.isEmpty() ? Double.NaN
        : called.stream().filter(v -> first.apply(v) == Status.EXPOSED).count() / (double) called.size();
  }

  /** Of the items the first called exposed, the share the second found. */
  public double redFlagRecall() {
    List<Verdict> labelled = verdicts.stream().filter(v -> first.apply(v) == Status.EXPOSED).toList();
    return labelled.isEmpty() ? Double.NaN
        : labelled.stream().filter(v -> second.apply(v) == Status.EXPOSED).count() / (double) labelled.size();
  }

  /** How often each pair of (first, second) statuses occurs. */
  public int count(Status a, Status b) {
    return (int) verdicts.stream().filter(v -> first.apply(v) == a && second.apply(v) == b).count();
  }
}
