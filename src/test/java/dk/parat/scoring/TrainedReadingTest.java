package dk.parat.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.TestChecklists;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.ItemKind;
import dk.parat.checklist.Status;
import dk.parat.plan.PlanLoader;
import dk.parat.reader.CharGrams;
import dk.parat.reader.Combiner;
import dk.parat.reader.Cuts;
import dk.parat.reader.GramWeights;
import dk.parat.reader.ReaderModel;
import dk.parat.reader.Side;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the trained reader may and may not do to the rules' verdict, with a reader made by hand
 * that is sure of any sentence with the word "etapevis" as a guard and "hovedkulds" as a red flag
 * (words no rule of the mini checklist knows) and of nothing else.
 */
class TrainedReadingTest {

  private static final ChecklistSet MINI = mini();

  private static ChecklistSet mini() {
    try {
      return TestChecklists.mini();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ReaderModel reader() {
    return reader(new Combiner(Map.of("bias", 10.0), Map.of("bias", -10.0, "p0", 20.0)), ReaderModel.NEVER);
  }

  private static ReaderModel reader(Combiner pitfalls, double sureEnough) {
    return reader(pitfalls, Cuts.sureEnoughOnly(sureEnough));
  }

  private static ReaderModel reader(Combiner pitfalls, Cuts cuts) {
    return reader(pitfalls, cuts, List.of(new Side("MINI-P1", Side.Kind.GUARD, -10),
        new Side("MINI-P1", Side.Kind.RED_FLAG, -10)), List.of("etapevis", "hovedkulds"));
  }

  /** A reader sure of each side in any sentence that holds that side's word, and of nothing else. */
  private static ReaderModel reader(Combiner pitfalls, Cuts cuts, List<Side> sides, List<String> words) {
    TreeMap<Integer, List<GramWeights.Weight>> grams = new TreeMap<>();
    for (int side = 0; side < sides.size(); side++) {
      for (int bucket : CharGrams.of(words.get(side)).buckets()) {
        List<GramWeights.Weight> weights = new ArrayList<>(grams.getOrDefault(bucket, List.of()));
        weights.add(new GramWeights.Weight(side, 40f));
        grams.put(bucket, weights);
      }
    }
    return new ReaderModel("mini", "by hand", sides, GramWeights.of(grams), Map.of(ItemKind.PITFALL, pitfalls), cuts);
  }

  private static PlanSentences read(String plan) throws Exception {
    return read(MINI, plan);
  }

  private static PlanSentences read(ChecklistSet checklists, String plan) throws Exception {
    return new PlanSentences(PlanLoader.standard().read("plan.md", plan.getBytes(StandardCharsets.UTF_8)),
        checklists.analyzer(), checklists.lexicon());
  }

  private static ItemResult ruled(String plan) throws Exception {
    return Scorer.rulesOnly(MINI).score(read(plan), Runnable::run).scores().get(0).items().get(1);
  }

  private static ItemResult p1(String plan) throws Exception {
    return p1(reader(), plan);
  }

  private static ItemResult p1(ReaderModel reader, String plan) throws Exception {
    return readBy(MINI, reader, plan).stream().filter(r -> r.item().id().equals("MINI-P1")).findFirst().orElseThrow();
  }

  /** Every item's verdict on the plan: the rules', then the reader's say in them. */
  private static List<ItemResult> readBy(ChecklistSet checklists, ReaderModel reader, String plan) throws Exception {
    PlanSentences read = read(checklists, plan);
    List<ItemResult> ruled = Scorer.rulesOnly(checklists).score(read, Runnable::run).scores().get(0).items();
    dk.parat.reader.BestSentences best = dk.parat.reader.BestSentences.of(new dk.parat.reader.WordScores(reader), read.texts(),
        ConceptSpotter.of(checklists).features(read));
    return new TrainedReading(reader).apply(read, ruled, best);
  }

  private static List<String> patterns(List<Evidence> evidence) {
    List<String> patterns = new ArrayList<>();
    evidence.forEach(e -> patterns.add(e.role().id() + " " + e.pattern()));
    return patterns;
  }

  @Test
  void a_guard_only_the_reader_finds_guards_the_pitfall_and_is_quoted_with_how_sure_it_is() throws Exception {
    ItemResult result = p1("# Plan\n\nVi ruller løsningen etapevis ud over foråret.\n");

    assertThat(result.status()).isEqualTo(Status.GUARDED);
    assertThat(result.evidence()).singleElement().satisfies(e -> {
      assertThat(e.quote()).isEqualTo("Vi ruller løsningen etapevis ud over foråret.");
      assertThat(e.pattern()).isEqualTo("trained reader: guard 1.00");
      assertThat(e.role()).isEqualTo(Evidence.Role.SUPPORT);
      assertThat(e.line()).isEqualTo(3);
    });
  }

  @Test
  void a_guard_the_reader_finds_against_a_red_flag_the_rules_find_is_a_contradiction_quoting_both() throws Exception {
    ItemResult result = p1("# Plan\n\nVi ruller løsningen etapevis ud.\n\nLøsningen tages i brug i hele kommunen på én gang.\n");

    assertThat(result.status()).isEqualTo(Status.UNCLEAR);
    assertThat(result.contradicts()).isTrue();
    assertThat(patterns(result.evidence())).anyMatch(p -> p.startsWith("red-flag (alle | hele kommunen)"))
        .contains("support trained reader: guard 1.00");
  }

  @Test
  void a_contradiction_the_rules_found_stays_as_they_found_it() throws Exception {
    String plan = "# Plan\n\nVi går trinvis frem, og første bølge er tre enheder i marts 2025 med Team Nord.\n\n"
        + "Alle tager løsningen i brug på én gang.\n\n"
        + "Vi ruller etapevis ud.\n";
    ItemResult ruled = ruled(plan);

    assertThat(ruled.contradicts()).isTrue();
    assertThat(p1(plan)).isEqualTo(ruled);
  }

  /** This combiner never gives the lowest level, yet with no calibrated doubt a red flag the rules find still exposes the pitfall. */
  @Test
  void a_reader_without_a_calibrated_doubt_does_not_doubt_away_a_red_flag_the_rules_find() throws Exception {
    String plan = "# Plan\n\nLøsningen tages i brug i hele kommunen på én gang.\n";
    ItemResult ruled = ruled(plan);
    assertThat(ruled.status()).isEqualTo(Status.EXPOSED);

    assertThat(p1(plan)).isEqualTo(ruled);
  }

  /**
   * A combiner 0.70 sure that the plan does not walk into the pitfall doubts the rules' red flag
   * when its calibrated doubt starts at 0.65, and the flag is quoted as doubted; from 0.75 it does not.
   */
  @Test
  void a_red_flag_the_rules_find_is_doubted_only_from_the_calibrated_probability() throws Exception {
    String plan = "# Plan\n\nLøsningen tages i brug i hele kommunen på én gang.\n";
    Combiner notWalkedInto70 = new Combiner(Map.of("bias", Math.log(0.7 / 0.3)), Map.of("bias", -10.0));
    ItemResult ruled = ruled(plan);

    ItemResult doubted = p1(reader(notWalkedInto70, Cuts.sureEnoughOnly(ReaderModel.NEVER).withDoubtFrom(0.65, 0)), plan);
    ItemResult kept = p1(reader(notWalkedInto70, Cuts.sureEnoughOnly(ReaderModel.NEVER).withDoubtFrom(0.75, 0)), plan);

    assertThat(doubted.status()).isEqualTo(Status.UNCLEAR);
    assertThat(doubted.evidence()).noneMatch(e -> e.role() == Evidence.Role.RED_FLAG);
    assertThat(patterns(doubted.notCounted())).anyMatch(p -> p.startsWith("doubted (alle | hele kommunen)")
        && p.endsWith("; doubted by the trained reader: not walked into 0.70"));
    assertThat(kept).isEqualTo(ruled);
  }

  /** A plan shorter than any the doubt was calibrated on has no rest to weigh against its red flag: it stays exposed. */
  @Test
  void a_red_flag_in_a_plan_shorter_than_the_calibrated_length_is_not_doubted() throws Exception {
    String plan = "# Plan\n\nLøsningen tages i brug i hele kommunen på én gang.\n";
    Combiner notWalkedInto70 = new Combiner(Map.of("bias", Math.log(0.7 / 0.3)), Map.of("bias", -10.0));

    ItemResult result = p1(reader(notWalkedInto70, Cuts.sureEnoughOnly(ReaderModel.NEVER).withDoubtFrom(0.65, 177)), plan);

    assertThat(result).isEqualTo(ruled(plan));
  }

  /** A reader whose only side finds nothing, and whose insight combiner is 0.70 sure that MINI-I1 is touched and never that it is covered. */
  private static ReaderModel touchedAt70(Cuts cuts) {
    Combiner touched70 = new Combiner(Map.of("bias", Math.log(0.7 / 0.3)), Map.of("bias", -10.0));
    return new ReaderModel("mini", "by hand", List.of(new Side("MINI-I1", Side.Kind.SUPPORT, -10)),
        GramWeights.of(new TreeMap<>()), Map.of(ItemKind.INSIGHT, touched70), cuts);
  }

  /** On a plan under the thin-plan length, a mention is credited only from the calibrated cut; on a longer one from 0.5. */
  @ParameterizedTest
  @CsvSource({"800, MISSING", "5, PARTIAL"})
  void a_thin_plan_is_credited_a_mention_only_from_the_calibrated_cut(int thinWords, Status status) throws Exception {
    String plan = "# Plan\n\nSuperbrugerne hjælper kollegerne i gang.\n";
    ItemResult ruled = readBy(MINI, touchedAt70(Cuts.sureEnoughOnly(ReaderModel.NEVER)), plan).get(0);
    assertThat(ruled.item().id()).isEqualTo("MINI-I1");
    assertThat(ruled.status()).isEqualTo(Status.PARTIAL);

    ItemResult result = readBy(MINI, touchedAt70(Cuts.sureEnoughOnly(ReaderModel.NEVER).withThinCredit(0.75, thinWords)),
        plan).get(0);

    assertThat(result.status()).isEqualTo(status);
  }

  /**
   * The item read with a reader whose combiner never guards, once with no sentence sure enough
   * (where it must leave the rules' verdict as it is) and then with one at 0.9.
   */
  private static ItemResult sureOfOneSentence(String plan, Status ruledAndCombined) throws Exception {
    Combiner neverTop = new Combiner(Map.of("bias", 10.0), Map.of("bias", -10.0));
    assertThat(ruled(plan).status()).isEqualTo(ruledAndCombined);
    assertThat(p1(reader(neverTop, ReaderModel.NEVER), plan).status()).isEqualTo(ruledAndCombined);
    return p1(reader(neverTop, 0.9), plan);
  }

  /**
   * A combiner that weighs a whole plan never guards here, yet a guard the reader is sure enough of
   * stands against the rules' red flag: the plan contradicts itself, and both sides are quoted.
   */
  @Test
  void a_sentence_the_reader_is_sure_enough_of_stands_against_the_rules_verdict() throws Exception {
    String plan = "# Plan\n\nVi ruller løsningen etapevis ud.\n\nLøsningen tages i brug i hele kommunen på én gang.\n";
    ItemResult result = sureOfOneSentence(plan, Status.EXPOSED);

    assertThat(result.status()).isEqualTo(Status.UNCLEAR);
    assertThat(result.contradicts()).isTrue();
    assertThat(patterns(result.evidence())).anyMatch(p -> p.startsWith("red-flag (alle | hele kommunen)"))
        .contains("support trained reader: guard 1.00");
  }

  /**
   * Standing against the rules' verdict has a bar of its own, apart from deciding a pitfall alone: a
   * reader never sure enough to decide alone still makes a plan whose red flag the rules find
   * contradict itself, from the bar calibrated for that.
   */
  @Test
  void a_sentence_stands_against_the_rules_from_its_own_bar_though_it_may_not_decide_alone() throws Exception {
    Combiner neverTop = new Combiner(Map.of("bias", 10.0), Map.of("bias", -10.0));
    ReaderModel against = reader(neverTop, Cuts.sureEnoughOnly(ReaderModel.NEVER).withContradictFrom(0.9));
    String contradicted = "# Plan\n\nVi ruller løsningen etapevis ud.\n\nLøsningen tages i brug i hele kommunen på én gang.\n";
    String alone = "# Plan\n\nVi ruller løsningen etapevis ud.\n\nProjektet har en styregruppe.\n";

    ItemResult result = p1(against, contradicted);

    assertThat(result.status()).isEqualTo(Status.UNCLEAR);
    assertThat(result.contradicts()).isTrue();
    assertThat(p1(against, alone).status()).isEqualTo(Status.UNCLEAR);
    assertThat(p1(against, alone).evidence()).isEmpty();
  }

  /**
   * Where the rules find neither side, one sentence the reader is sure enough of decides the
   * pitfall, a guard or a red flag, though the combiner, weighing the whole plan, would leave it
   * unclear.
   */
  @ParameterizedTest
  @CsvSource({
      "Vi ruller løsningen etapevis ud., GUARDED, support trained reader: guard 1.00",
      "Vi går hovedkulds i gang., EXPOSED, red-flag trained reader: red-flag 1.00"})
  void a_sentence_the_reader_is_sure_enough_of_decides_a_pitfall_the_rules_are_silent_on(String sentence, Status status,
      String evidence) throws Exception {
    ItemResult result = sureOfOneSentence("# Plan\n\n" + sentence + "\n\nProjektet har en styregruppe.\n", Status.UNCLEAR);

    assertThat(result.status()).isEqualTo(status);
    assertThat(patterns(result.evidence())).containsExactly(evidence);
  }

  /**
   * Where the rules find neither side and the reader is sure enough of a guard in one sentence and
   * of a red flag in another, the plan contradicts itself, though the combiner weighing the whole
   * plan would call it guarded: both sentences are quoted.
   */
  @Test
  void a_sure_guard_and_a_sure_red_flag_where_the_rules_are_silent_are_a_contradiction_quoting_both() throws Exception {
    String plan = "# Plan\n\nVi ruller løsningen etapevis ud.\n\nVi går hovedkulds i gang.\n";
    Combiner alwaysGuarded = new Combiner(Map.of("bias", 10.0), Map.of("bias", 10.0));
    assertThat(ruled(plan).status()).isEqualTo(Status.UNCLEAR);
    assertThat(p1(reader(alwaysGuarded, ReaderModel.NEVER), plan).status()).isEqualTo(Status.GUARDED);

    ItemResult result = p1(reader(alwaysGuarded, 0.9), plan);

    assertThat(result.status()).isEqualTo(Status.UNCLEAR);
    assertThat(result.contradicts()).isTrue();
    assertThat(patterns(result.evidence()))
        .containsExactly("support trained reader: guard 1.00", "red-flag trained reader: red-flag 1.00");
  }

  /**
   * A sentence the rules read as negated gives the reader no say, but it does not silence the
   * reader's other sentences: when the surest red flag is one the plan negates, the next one it is
   * sure enough of still stands against the rules' guard, and that one is quoted.
   */
  @Test
  void a_negated_sentence_set_aside_leaves_the_readers_next_sure_sentence_its_say() throws Exception {
    String guard = "Vi går trinvis frem, og første bølge er tre enheder i marts 2025 med Team Nord.\n\n";
    String negated = "Løsningen tages ikke i brug i hele kommunen på én gang, og vi går ikke hovedkulds frem.\n\n";
    // Longer than the negated sentence, so the reader is less sure of it: its best is the negated one.
    String flag = "Oplæringen af samtlige medarbejdere i de tre distrikter og på rådhuset klares hovedkulds på en "
        + "enkelt eftermiddag i marts, hvor leverandøren gennemgår alle skærmbilleder for de fremmødte.\n";
    Combiner alwaysGuarded = new Combiner(Map.of("bias", 10.0), Map.of("bias", 10.0));
    assertThat(p1(reader(alwaysGuarded, 0.9), "# Plan\n\n" + guard + negated).status())
        .as("the negated sentence alone").isEqualTo(Status.GUARDED);

    ItemResult result = p1(reader(alwaysGuarded, 0.9), "# Plan\n\n" + guard + negated + flag);

    assertThat(result.status()).isEqualTo(Status.UNCLEAR);
    assertThat(result.contradicts()).isTrue();
    assertThat(result.evidence()).filteredOn(e -> e.pattern().startsWith("trained reader"))
        .singleElement().satisfies(e -> assertThat(e.quote()).isEqualTo(flag.strip()));
  }

  /** One sure sentence does not overturn the reader's own judgement of the whole plan when that is the other side. */
  @Test
  void a_sure_guard_does_not_overturn_a_whole_plan_judged_exposed() throws Exception {
    String plan = "# Plan\n\nVi ruller løsningen etapevis ud.\n\nProjektet har en styregruppe.\n";
    Combiner alwaysExposed = new Combiner(Map.of("bias", -10.0), Map.of("bias", -10.0));
    assertThat(ruled(plan).status()).isEqualTo(Status.UNCLEAR);

    assertThat(p1(reader(alwaysExposed, 0.9), plan).status()).isEqualTo(Status.EXPOSED);
  }

  /**
   * The sentence the rules read as a red flag is no guard while the reader also reads it as the
   * red flag, however sure it is of the guard (and the rules' guard is never a red flag): one
   * sentence is not both sides of a contradiction. Each plan is read with the combiner that weighs
   * the whole plan and with one sure sentence alone.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Løsningen tages etapevis og hovedkulds i brug i hele kommunen på én gang.|EXPOSED",
      "Vi går trinvis frem, og første bølge er tre enheder i marts 2025 med Team Nord, ikke hovedkulds.|GUARDED"})
  void the_reader_does_not_read_the_rules_red_flag_as_a_guard_nor_their_guard_as_a_red_flag(String sentence,
      Status ruled) throws Exception {
    String plan = "# Plan\n\n" + sentence + "\n";
    assertThat(ruled(plan).status()).isEqualTo(ruled);
    Combiner bySides = new Combiner(Map.of("bias", -10.0, "p0", 20.0, "p1", -40.0), Map.of("bias", -10.0, "p0", 20.0));

    assertThat(p1(reader(bySides, ReaderModel.NEVER), plan).status()).as("the whole plan weighed").isEqualTo(ruled);
    assertThat(p1(reader(bySides, 0.9), plan).status()).as("one sure sentence").isEqualTo(ruled);
  }

  /**
   * Where the reader is sure enough that the sentence the rules read as a red flag is a guard, and
   * finds less than even odds that it is the red flag, the rules' reading is doubted: the flag is
   * quoted under "not counted" with how sure the reader was, and the reader's guard counts. The
   * combiner weighing the whole plan alone does not overrule the rules.
   */
  @Test
  void a_red_flag_the_reader_is_sure_is_a_guard_is_doubted() throws Exception {
    String plan = "# Plan\n\nLøsningen tages etapevis i brug i hele kommunen på én gang.\n";
    Combiner bySides = new Combiner(Map.of("bias", -10.0, "p0", 20.0, "p1", -40.0), Map.of("bias", -10.0, "p0", 20.0));
    assertThat(ruled(plan).status()).isEqualTo(Status.EXPOSED);
    assertThat(p1(reader(bySides, ReaderModel.NEVER), plan).status()).isEqualTo(Status.EXPOSED);

    ItemResult result = p1(reader(bySides, 0.9), plan);

    assertThat(result.status()).isEqualTo(Status.GUARDED);
    assertThat(patterns(result.evidence())).containsExactly("support trained reader: guard 1.00");
    assertThat(patterns(result.notCounted())).anyMatch(p -> p.startsWith("doubted (alle | hele kommunen)")
        && p.endsWith("; doubted by the trained reader: guard 1.00"));
  }

  /**
   * A sentence the rules read as a guard of another pitfall ("valgt, fordi de er forskellige – ikke
   * fordi de har meldt sig") is not the reader's red flag for this one: the rules read what the
   * sentence affirms and what it negates, the reader only which words it holds.
   */
  @Test
  void a_sentence_the_rules_read_as_another_pitfalls_guard_is_not_the_readers_red_flag() throws Exception {
    ReaderModel sure = reader(new Combiner(Map.of("bias", -10.0), Map.of("bias", -10.0)), 0.9);

    List<ItemResult> verdicts = readBy(withSecondPitfall(), sure,
        "# Plan\n\nEnhederne er valgt, fordi de er forskellige, og ikke hovedkulds.\n");

    assertThat(verdicts).filteredOn(r -> r.item().id().equals("MINI-P2")).singleElement()
        .extracting(ItemResult::status).isEqualTo(Status.GUARDED);
    assertThat(verdicts).filteredOn(r -> r.item().id().equals("MINI-P1")).singleElement()
        .extracting(ItemResult::status).isEqualTo(Status.UNCLEAR);
  }

  /**
   * The rules' guard of another pitfall keeps the reader from a red flag in the sentence only while
   * the reader, too, finds that guard there (at least even odds); where it does not, the rules'
   * phrase matched words the sentence does not mean, and the red flag the reader is sure of counts.
   */
  @ParameterizedTest
  @CsvSource({"forskellige, UNCLEAR", "mangfoldige, EXPOSED"})
  void another_pitfalls_guard_keeps_the_readers_red_flag_away_only_where_the_reader_finds_it_too(String readerGuardWord,
      Status p1) throws Exception {
    List<Side> sides = List.of(new Side("MINI-P1", Side.Kind.GUARD, -10), new Side("MINI-P1", Side.Kind.RED_FLAG, -10),
        new Side("MINI-P2", Side.Kind.GUARD, -10), new Side("MINI-P2", Side.Kind.RED_FLAG, -10));
    ReaderModel sure = reader(new Combiner(Map.of("bias", -10.0), Map.of("bias", -10.0)), Cuts.sureEnoughOnly(0.9), sides,
        List.of("etapevis", "hovedkulds", readerGuardWord, "motiverede"));

    List<ItemResult> verdicts = readBy(withSecondPitfall(), sure,
        "# Plan\n\nEnhederne er valgt hovedkulds, og de er forskellige.\n");

    assertThat(verdicts).filteredOn(r -> r.item().id().equals("MINI-P1")).singleElement()
        .extracting(ItemResult::status).isEqualTo(p1);
  }

  /** The mini checklist with a second pitfall, whose guard the rules find in "valgt … forskellige". */
  private static ChecklistSet withSecondPitfall() throws Exception {
    String withSecondPitfall = TestChecklists.miniText().replace("      - id: MINI-I2\n", """
              - id: MINI-P2
                kind: pitfall
                title: {da: "Letteste pilot", en: "Easiest pilot"}
                description: {da: "Piloten er for let.", en: "The pilot is too easy."}
                questions: {da: ["Hvorfor netop dér?"], en: ["Why there?"]}
                advice: {da: "Vælg et svært sted.", en: "Pick a hard place."}
                page: 3
                evidence:
                  guard:
                    da: ["valgt & forskellige"]
                  exposure:
                    da: ["mest motiverede"]
              - id: MINI-I2
        """).replace("title: {da: \"Mini-tjekliste\"", "scoring: {guarded_strength: 1}\ntitle: {da: \"Mini-tjekliste\"");
    return TestChecklists.compile(withSecondPitfall);
  }

  /**
   * What training tries each reader on (the rules' verdicts and the reader's best sentences, kept
   * from one reading of the plan) gives the score a check gives, with the shipped reader.
   */
  @Test
  void a_plan_judged_once_and_read_by_a_reader_scores_as_a_check_does() throws Exception {
    ChecklistSet core = dk.parat.checklist.ChecklistLoader.load(List.of("bedre-implementering"));
    ReaderModel shipped = dk.parat.reader.Readers.of(core.checklists().get(0)).orElseThrow();
    PlanSentences read = new PlanSentences(PlanLoader.standard().load(java.nio.file.Path.of("examples/esdh-opgradering.md")),
        core.analyzer(), core.lexicon());
    List<ItemResult> ruled = Scorer.rulesOnly(core).score(read, Runnable::run).scores().get(0).items();
    dk.parat.reader.BestSentences best = dk.parat.reader.BestSentences.of(new dk.parat.reader.WordScores(shipped), read.texts(),
        ConceptSpotter.of(core).features(read));

    assertThat(Scorer.withReader(core.checklists().get(0), shipped).score(read, ruled, best))
        .isEqualTo(new Scorer(core).score(read, Runnable::run).scores().get(0));
  }
}
