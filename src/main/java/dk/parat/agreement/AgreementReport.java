package dk.parat.agreement;

import dk.parat.checklist.Status;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Prints agreement the way {@code bench/agreement} and {@code parat checklist agreement} show it:
 * a line per corpus part with kappa per kind, macro kappa, red flags and the consultants' own
 * agreement beside it; then, for the part asked about, kappa per chapter and per item and the
 * confusion matrix.
 */
public final class AgreementReport {

  private static final List<Status> ORDER = List.of(Status.COVERED, Status.PARTIAL, Status.MISSING, Status.GUARDED,
      Status.UNCLEAR, Status.EXPOSED);

  private AgreementReport() {}

  public static void summary(PrintWriter out, List<Verdict> verdicts, List<String> parts) {
    out.printf(Locale.ROOT, "%-10s %6s %8s %6s %9s %9s %8s %13s %11s%n", "part", "plans", "verdicts", "exact",
        "insight κ", "pitfall κ", "macro κ", "red flag P/R", "consultants");
    for (String part : parts) {
      List<Verdict> in = verdicts.stream().filter(v -> part.equals("all") || v.part().id().equals(part)).toList();
      if (in.isEmpty()) {
        continue;
      }
      Agreement a = Agreement.ofParat(in);
      Agreement human = Agreement.ofConsultants(in);
      out.printf(Locale.ROOT, "%-10s %6d %8d %5.0f%% %9.2f %9.2f %8.2f %6.2f / %4.2f %11s%n", part,
          in.stream().map(Verdict::plan).distinct().count(), a.size(), 100 * a.exact(),
          a.where(v -> !v.kind().isPitfall()).kappa(), a.where(v -> v.kind().isPitfall()).kappa(), a.macroKappa(),
          a.redFlagPrecision(), a.redFlagRecall(), human.size() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", human.macroKappa()));
    }
  }

  /** Plans under this many words are thin: excerpts and short notes, which must not earn credit they lack. */
  public static final int THIN_WORDS = 800;
  /** Plans the consultants' labels score below this (items 1, ½, 0, × 100) are weak. */
  private static final double WEAK_SCORE = 50;

  /**
   * The plan-level checks of some verdicts: on thin plans, how often parat gives credit where the
   * consultants saw nothing; of the plans the consultants' labels score weak, how many parat puts
   * below the checklist's middle band.
   *
   * @param falseCredit the share of the thin plans' verdicts that are false credit, 0 when there are none
   */
  public record PlanChecks(long thinPlans, double falseCredit, int weakPlans, long weakBelowMiddleBand) {

    public static PlanChecks of(List<Verdict> verdicts) {
      List<Verdict> thin = verdicts.stream().filter(v -> v.planWords() < THIN_WORDS).toList();
      Map<String, List<Verdict>> byPlan = verdicts.stream().collect(Collectors.groupingBy(Verdict::plan));
      List<List<Verdict>> weak = byPlan.values().stream().filter(v -> consultantsScore(v) < WEAK_SCORE).toList();
      return new PlanChecks(thin.stream().map(Verdict::plan).distinct().count(),
          thin.isEmpty() ? 0.0 : thin.stream().filter(Verdict::falseCredit).count() / (double) thin.size(), weak.size(),
          weak.stream().filter(v -> v.get(0).belowMiddleBand()).count());
    }
  }

  /** {@link PlanChecks} for each part. */
  public static void plans(PrintWriter out, List<Verdict> verdicts, List<String> parts) {
    out.printf(Locale.ROOT, "%-10s %11s %13s %11s %18s%n", "part", "thin plans", "false credit", "weak plans",
        "below middle band");
    for (String part : parts) {
      List<Verdict> in = verdicts.stream().filter(v -> part.equals("all") || v.part().id().equals(part)).toList();
      if (in.isEmpty()) {
        continue;
      }
      PlanChecks checks = PlanChecks.of(in);
      out.printf(Locale.ROOT, "%-10s %11d %12.1f%% %11d %18s%n", part, checks.thinPlans(), 100 * checks.falseCredit(),
          checks.weakPlans(), checks.weakBelowMiddleBand() + " of " + checks.weakPlans());
    }
  }

  private static double consultantsScore(List<Verdict> plan) {
    return 100 * plan.stream().mapToDouble(v -> v.label().consensus().score()).average().orElse(0);
  }

  /** How often added sentences moved their pitfall the right way, in all and by kind of sentence. */
  public static void perturbations(PrintWriter out, String name, List<Perturbations.Trial> trials) {
    List<Perturbations.Trial> flags = trials.stream().filter(t -> t.sentence().redFlag()).toList();
    List<Perturbations.Trial> guards = trials.stream().filter(t -> !t.sentence().redFlag()).toList();
    out.printf(Locale.ROOT, "perturbations %-16s %5.1f%% of %d moved the right way (red flags %.1f%% of %d, guards %.1f%% of %d; "
        + "%d trials could not move)%n", name, 100 * Perturbations.rate(trials), movable(trials),
        100 * Perturbations.rate(flags), movable(flags), 100 * Perturbations.rate(guards), movable(guards),
        trials.size() - movable(trials));
  }

  private static int movable(List<Perturbations.Trial> trials) {
    return (int) trials.stream().filter(Perturbations.Trial::movable).count();
  }

  public static void detail(PrintWriter out, List<Verdict> verdicts) {
    Agreement a = Agreement.ofParat(verdicts);
    out.println();
    out.println("per chapter (macro κ, insight κ, pitfall κ, verdicts):");
    for (String chapter : new TreeSet<>(verdicts.stream().map(Verdict::chapter).toList())) {
      Agreement c = a.where(v -> v.chapter().equals(chapter));
      out.printf(Locale.ROOT, "  chapter %-3s %5.2f %5.2f %5.2f %5d%n", chapter, c.macroKappa(),
          c.where(v -> !v.kind().isPitfall()).kappa(), c.where(v -> v.kind().isPitfall()).kappa(), c.size());
    }
    out.println("per item (κ, exact, verdicts):");
    for (String item : new TreeSet<>(verdicts.stream().map(Verdict::item).toList())) {
      Agreement i = a.where(v -> v.item().equals(item));
      out.printf(Locale.ROOT, "  %-10s %5.2f %4.0f%% %4d%n", item, i.kappa(), 100 * i.exact(), i.size());
    }
    out.println("confusion (rows: consultants, columns: parat):");
    List<String> header = new ArrayList<>();
    ORDER.forEach(s -> header.add(String.format(Locale.ROOT, "%9s", s.id())));
    out.printf(Locale.ROOT, "  %-9s %s%n", "", String.join(" ", header));
    for (Status label : ORDER) {
      List<String> row = new ArrayList<>();
      ORDER.forEach(s -> row.add(String.format(Locale.ROOT, "%9d", a.count(label, s))));
      out.printf(Locale.ROOT, "  %-9s %s%n", label.id(), String.join(" ", row));
    }
  }
}
