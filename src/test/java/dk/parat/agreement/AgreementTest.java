package dk.parat.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistSet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Agreement between parat and consultants on the labelled corpus and the bundled examples, with
 * floors just under the figures measured with {@code bench/agreement} (README, "Agreement with
 * consultants"): a change that makes parat judge worse fails the build. The held-out part was
 * fixed by {@link CorpusPart} before the rules were written and is never used to tune them.
 */
class AgreementTest {

  static final Path CORPUS = Path.of("src/test/resources/corpus");
  static final Path EXAMPLES = Path.of("examples");
  static final Path PERTURBATIONS = Path.of("src/test/resources/perturbations");
  /** Strong and weak plans of the training part, which the perturbation sentences are added to. */
  static final List<Path> HOSTS = List.of(
      CORPUS.resolve("plans/D1-01_loftlifte-vendefunktion-plejecentre.md"),
      CORPUS.resolve("plans/D3-02_digital-kalender-bostoetten.txt"),
      CORPUS.resolve("plans/D1-06_omsorgssystem-opgradering-styregruppe.md"),
      CORPUS.resolve("plans/D5-05_vagtplansystem-dagsorden-ravnsholt.txt"));

  private static ChecklistSet core;
  private static List<Verdict> corpus;
  private static List<Verdict> examples;

  @BeforeAll
  static void score() throws Exception {
    core = ChecklistLoader.load(List.of("bedre-implementering"));
    AgreementRun run = new AgreementRun(core);
    corpus = run.verdicts(Corpus.read(CORPUS));
    examples = run.verdicts(Corpus.read(EXAMPLES));
    StringWriter report = new StringWriter();
    AgreementReport.summary(new PrintWriter(report, true), corpus, List.of("train", "held-out", "fresh", "all"));
    System.out.print(report);
  }

  private static Agreement part(CorpusPart part) {
    return Agreement.ofParat(corpus).where(v -> v.part() == part);
  }

  @Test
  void the_corpus_has_the_documents_and_the_split_the_readme_states() {
    assertThat(corpus.stream().map(Verdict::plan).distinct().count()).isGreaterThanOrEqualTo(80);
    long heldOut = corpus.stream().filter(v -> v.part() == CorpusPart.HELD_OUT).map(Verdict::plan).distinct().count();
    assertThat(heldOut).isBetween(30L, 40L);
  }

  @Test
  void two_consultants_agree_about_as_well_as_the_corpus_readme_says() {
    assertThat(Agreement.ofConsultants(corpus).macroKappa()).isGreaterThanOrEqualTo(0.84);
  }

  @Test
  void parat_agrees_with_consultants_on_the_training_part() {
    Agreement train = part(CorpusPart.TRAIN);
    assertThat(train.macroKappa()).as(describe(train)).isGreaterThanOrEqualTo(Floors.TRAIN_MACRO);
  }

  @Test
  void parat_agrees_with_consultants_on_plans_no_rule_was_written_against() {
    Agreement heldOut = part(CorpusPart.HELD_OUT);
    assertThat(heldOut.macroKappa()).as(describe(heldOut)).isGreaterThanOrEqualTo(Floors.HELD_OUT_MACRO);
    assertThat(heldOut.redFlagPrecision()).as("red-flag precision").isGreaterThanOrEqualTo(Floors.HELD_OUT_RED_FLAG_PRECISION);
    assertThat(heldOut.redFlagRecall()).as("red-flag recall").isGreaterThanOrEqualTo(Floors.HELD_OUT_RED_FLAG_RECALL);
  }

  @Test
  void parat_agrees_with_consultants_on_the_wave_no_rule_was_tuned_on() {
    Agreement fresh = part(CorpusPart.FRESH);
    assertThat(corpus.stream().filter(v -> v.part() == CorpusPart.FRESH).map(Verdict::plan).distinct().count())
        .as("plans of wave Z").isGreaterThanOrEqualTo(24);
    assertThat(fresh.macroKappa()).as(describe(fresh)).isGreaterThanOrEqualTo(Floors.FRESH_MACRO);
    assertThat(fresh.redFlagPrecision()).as("red-flag precision").isGreaterThanOrEqualTo(Floors.FRESH_RED_FLAG_PRECISION);
    assertThat(fresh.redFlagRecall()).as("red-flag recall").isGreaterThanOrEqualTo(Floors.FRESH_RED_FLAG_RECALL);
  }

  @Test
  void thin_plans_earn_little_credit_and_weak_plans_stay_below_the_middle_band_on_plans_no_rule_was_written_against() {
    for (CorpusPart part : List.of(CorpusPart.HELD_OUT, CorpusPart.FRESH)) {
      AgreementReport.PlanChecks checks = AgreementReport.PlanChecks.of(corpus.stream().filter(v -> v.part() == part).toList());
      assertThat(checks.thinPlans()).as(part.id()).isPositive();
      assertThat(checks.falseCredit()).as(part.id() + ": false credit on thin plans")
          .isLessThanOrEqualTo(part == CorpusPart.HELD_OUT ? Floors.THIN_FALSE_CREDIT_HELD_OUT : Floors.THIN_FALSE_CREDIT_FRESH);
      assertThat(checks.weakPlans()).as(part.id()).isPositive();
      assertThat(checks.weakBelowMiddleBand()).as(part.id() + ": weak plans below the middle band")
          .isGreaterThanOrEqualTo(checks.weakPlans() - 1L);
    }
  }

  @Test
  void parat_agrees_with_the_labels_of_the_bundled_examples() {
    Agreement all = Agreement.ofParat(examples);
    assertThat(all.macroKappa()).as(describe(all)).isGreaterThanOrEqualTo(Floors.EXAMPLES_MACRO);
  }

  @Test
  void single_red_flags_and_guards_move_their_pitfall_the_right_way() throws Exception {
    Perturbations bench = new Perturbations(core);
    double train = Perturbations.rate(bench.run(HOSTS, Perturbations.read(PERTURBATIONS.resolve("train.yaml"))));
    double dev = Perturbations.rate(bench.run(HOSTS, Perturbations.read(PERTURBATIONS.resolve("dev.yaml"))));
    double heldOut = Perturbations.rate(bench.run(HOSTS, Perturbations.read(PERTURBATIONS.resolve("held-out.yaml"))));
    double fresh = Perturbations.rate(bench.run(HOSTS, Perturbations.read(PERTURBATIONS.resolve("fresh.yaml"))));
    assertThat(train).as("perturbations written before tuning").isGreaterThanOrEqualTo(Floors.PERTURBATION_TRAIN);
    assertThat(dev).as("perturbations read, and rules written against their misses, never trained on").isGreaterThanOrEqualTo(Floors.PERTURBATION_DEV);
    assertThat(heldOut).as("perturbations never used for tuning").isGreaterThanOrEqualTo(Floors.PERTURBATION_HELD_OUT);
    assertThat(fresh).as("perturbations by a later writer, asked for everyday wordings, never used for tuning")
        .isGreaterThanOrEqualTo(Floors.PERTURBATION_FRESH);
  }

  private static String describe(Agreement a) {
    return String.format(Locale.ROOT, "macro κ %.3f (insights %.3f, pitfalls %.3f) over %d verdicts", a.macroKappa(),
        a.where(v -> !v.kind().isPitfall()).kappa(), a.where(v -> v.kind().isPitfall()).kappa(), a.size());
  }

  /** Floors within 0.02 of the figures measured by bench/agreement; raise them when parat gets better. */
  static final class Floors {
    static final double TRAIN_MACRO = 0.73;
    static final double HELD_OUT_MACRO = 0.70;
    static final double HELD_OUT_RED_FLAG_PRECISION = 0.82;
    static final double HELD_OUT_RED_FLAG_RECALL = 0.75;
    static final double FRESH_MACRO = 0.69;
    static final double FRESH_RED_FLAG_PRECISION = 0.80;
    static final double FRESH_RED_FLAG_RECALL = 0.70;
    /** Ceilings, not floors: the most false credit thin plans may get (measured 1.6 % held-out, 5.6 % on wave Z). */
    static final double THIN_FALSE_CREDIT_HELD_OUT = 0.02;
    static final double THIN_FALSE_CREDIT_FRESH = 0.06;
    static final double EXAMPLES_MACRO = 0.63;
    static final double PERTURBATION_TRAIN = 0.94;
    static final double PERTURBATION_DEV = 0.91;
    static final double PERTURBATION_HELD_OUT = 0.81;
    static final double PERTURBATION_FRESH = 0.65;

    private Floors() {}
  }
}
