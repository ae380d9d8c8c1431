package dk.parat.agreement;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.ItemKind;
import dk.parat.checklist.Status;
import dk.parat.files.InputError;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanLoader;
import dk.parat.reader.BestSentences;
import dk.parat.reader.CharGrams;
import dk.parat.reader.Combiner;
import dk.parat.reader.Cuts;
import dk.parat.reader.GramWeights;
import dk.parat.reader.ReaderFile;
import dk.parat.reader.ReaderModel;
import dk.parat.reader.Side;
import dk.parat.reader.WordScores;
import dk.parat.scoring.ConceptSpotter;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.PlanSentences;
import dk.parat.scoring.Scorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.stream.IntStream;

/**
 * Trains a checklist's reader on labelled plans (docs/agreement.md). Each side of each item is a
 * logistic model over runs of letters, trained on the sentences the consultants quoted for a label
 * against every other sentence of the plans. The combiner is trained on how sure the sides were of
 * plans they had not seen: the plans are split by writer into {@value #FOLDS} folds (one per writer
 * when there are fewer writers), and each fold is read by sides trained on the others, so that the
 * combiner learns how far to trust the reader on a new writer's words, not on words it was trained
 * on.
 */
public final class ReaderTraining {

  static final int FOLDS = 5;
  /** The weights each side keeps, the largest: the rest change its probabilities by little and make the file long. */
  static final int KEPT_WEIGHTS = 2500;
  private static final double SIDE_COST = 4.0;
  private static final double COMBINER_COST = 1.0;
  /**
   * The probabilities tried for {@link ReaderModel#sureEnough}, and none: see {@link #sureEnough}.
   */
  private static final double[] SURE_STEPS = {ReaderModel.NEVER, 0.99, 0.97, 0.95, 0.90, 0.85, 0.80};
  /**
   * Cross-validated pitfall κ that differ by less than this are the same within the noise of a
   * split by writer; then the less sure step is kept, as one clear sentence added to a plan should
   * move its pitfall (the perturbation benchmark).
   */
  private static final double SURE_TOLERANCE = 0.01;
  /**
   * The probabilities tried for {@link Cuts#contradictFrom}, those at most the sure-enough step:
   * standing against the rules takes no more than deciding alone.
   */
  private static final double[] CONTRADICT_STEPS = {0.90, 0.85, 0.80, 0.75, 0.70, 0.65, 0.60};
  /** The probabilities tried for {@link Cuts#doubtFrom}, from never doubting to the combiner's own cut. */
  private static final double[] DOUBT_STEPS = {ReaderModel.NEVER, 0.9, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5};
  /** The probabilities tried for {@link Cuts#thinCredit}, from the combiner's own cut up. */
  private static final double[] THIN_STEPS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};
  /** Cross-validated insight κ that differ by less than this cannot tell two thin-plan cuts apart. */
  private static final double THIN_TOLERANCE = 0.005;
  /**
   * The most false credit a thin plan's verdicts may get, the target of docs/agreement.md: a cut
   * whose cross-validated false credit is over it is not kept, whatever its κ.
   */
  private static final double THIN_FALSE_CREDIT = 0.05;
  /** Quoted words shorter than this are too common to find their sentence by. */
  private static final int SHORTEST_QUOTE = 12;
  private static final java.util.regex.Pattern QUOTE_PARTS = java.util.regex.Pattern.compile("…|\\.\\.\\.|\\s\\|\\s|;\\s");
  private static final java.util.regex.Pattern WRITER = java.util.regex.Pattern.compile("^([A-Z]\\d)-");

  /**
   * Sentences a side learns from: their features, for each side the ones that show it, and for each
   * sentence the only item whose sides learn from it (null: every side's).
   */
  private record Examples(List<CharGrams.Features> features, Map<Integer, Set<Integer>> positives, List<String> onlyFor) {

    Examples(List<CharGrams.Features> features, Map<Integer, Set<Integer>> positives) {
      this(features, positives, Collections.nCopies(features.size(), null));
    }

    boolean teaches(int sentence, String item) {
      String only = onlyFor.get(sentence);
      return only == null || only.equals(item);
    }
  }

  /**
   * One plan as the training reads it, once: its sentences, its length in words, the rules'
   * verdicts and the labels.
   */
  private record Read(LabelledPlan labelled, PlanSentences read, List<int[]> concepts, int words, Examples examples,
      List<ItemResult> ruled) {}

  /**
   * A trained reader, and how the whole engine agreed with the consultants on the training plans
   * when each plan was read by a reader trained without its writer's plans (no verdicts when the
   * plans are all by one writer).
   */
  public record Trained(ReaderModel model, List<Verdict> crossValidated) {}

  private final ChecklistSet checklists;
  private final CompiledChecklist checklist;
  private final List<Side> sides = new ArrayList<>();
  private final ConceptSpotter concepts;

  public ReaderTraining(ChecklistSet checklists) {
    this.checklists = checklists;
    this.concepts = ConceptSpotter.of(checklists);
    this.checklist = checklists.checklists().get(0);
    for (CompiledItem item : checklist.items()) {
      if (item.item().kind() == ItemKind.INSIGHT) {
        sides.add(new Side(item.id(), Side.Kind.SUPPORT, 0));
      } else if (item.item().kind() == ItemKind.PITFALL) {
        sides.add(new Side(item.id(), Side.Kind.GUARD, 0));
        sides.add(new Side(item.id(), Side.Kind.RED_FLAG, 0));
      }
    }
  }

  /**
   * The reader of the checklist, trained on these plans and on sentences written outside any plan
   * (which every fold learns from, as they belong to no plan's writer).
   */
  public Trained train(List<LabelledPlan> plans, List<LabelledSentence> written, String trainedOn,
      Consumer<String> progress) throws InputError {
    Linear.disableDebugOutput();
    List<Read> read = new ArrayList<>();
    Scorer rules = Scorer.rulesOnly(checklists);
    PlanLoader loader = PlanLoader.standard();
    for (LabelledPlan plan : plans) {
      Plan loaded = loader.load(plan.plan());
      PlanSentences sentences = new PlanSentences(loaded, checklists.analyzer(), checklists.lexicon());
      List<String> texts = sentences.texts();
      List<int[]> held = concepts.features(sentences);
      List<CharGrams.Features> features = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        features.add(CharGrams.of(texts.get(i)).withConcepts(held.get(i)));
      }
      read.add(new Read(plan, sentences, held, loaded.words(), new Examples(features, quoted(plan, texts)),
          rules.score(sentences, Runnable::run).scores().get(0).items()));
    }
    Examples extra = examples(written);
    List<String> writers = read.stream().map(r -> writer(r.labelled().name())).distinct().sorted().toList();
    // Fewer writers than folds: a fold each, as a fold without plans has nothing to be read by its sides.
    int folds = Math.max(1, Math.min(FOLDS, writers.size()));
    int[] foldOf = read.stream().mapToInt(r -> writers.indexOf(writer(r.labelled().name())) % folds).toArray();
    List<BestSentences> unseen = new ArrayList<>(read.size());
    read.forEach(r -> unseen.add(null));
    List<ReaderModel> foldSides = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<Examples> others = new ArrayList<>(List.of(extra));
      for (int i = 0; i < read.size(); i++) {
        if (foldOf[i] != fold) {
          others.add(read.get(i).examples());
        }
      }
      progress.accept("fold " + (fold + 1) + " of " + folds + ": training on " + (others.size() - 1) + " plans and "
          + written.size() + " written sentences");
      ReaderModel sidesOnly = sides(others, "", Map.of(), Cuts.sureEnoughOnly(ReaderModel.NEVER));
      foldSides.add(sidesOnly);
      WordScores words = new WordScores(sidesOnly);
      for (int i = 0; i < read.size(); i++) {
        if (foldOf[i] == fold) {
          unseen.set(i, BestSentences.of(words, read.get(i).read().texts(), read.get(i).concepts()));
        }
      }
    }
    Map<Integer, List<Integer>> foldPlans = new TreeMap<>();
    for (int i = 0; i < read.size(); i++) {
      foldPlans.computeIfAbsent(foldOf[i], f -> new ArrayList<>()).add(i);
    }
    // A fold that holds every plan has nobody else's reading to train its combiner on.
    foldPlans.values().removeIf(inFold -> inFold.size() == read.size());
    Map<Integer, Map<ItemKind, Combiner>> foldCombiners = new TreeMap<>();
    for (int fold : foldPlans.keySet()) {
      foldCombiners.put(fold, combiners(read, unseen, i -> foldOf[i] != fold));
    }
    CrossValidation cv = cuts -> crossValidated(cuts, foldPlans, foldSides, foldCombiners, read, unseen);
    Map<Double, List<Verdict>> bySure = new TreeMap<>();
    for (double step : SURE_STEPS) {
      bySure.put(step, cv.verdicts(Cuts.sureEnoughOnly(step)));
    }
    Cuts cuts = Cuts.sureEnoughOnly(leastSure(bySure, "decides a pitfall", progress));
    Map<Double, List<Verdict>> byContradict = new TreeMap<>(Map.of(cuts.sureEnough(), bySure.get(cuts.sureEnough())));
    for (double step : CONTRADICT_STEPS) {
      if (step < cuts.sureEnough()) {
        byContradict.put(step, cv.verdicts(cuts.withContradictFrom(step)));
      }
    }
    cuts = cuts.withContradictFrom(leastSure(byContradict, "stands against the rules' verdict on a pitfall", progress));
    int shortest = read.stream().mapToInt(Read::words).min().orElse(0);
    cuts = cuts.withDoubtFrom(doubtFrom(cuts, shortest, cv, progress), shortest);
    cuts = thinCredit(cuts, cv, progress);
    progress.accept("training on all " + read.size() + " plans and " + written.size() + " written sentences");
    List<Examples> all = new ArrayList<>(List.of(extra));
    read.forEach(r -> all.add(r.examples()));
    ReaderModel model = sides(all, trainedOn, combiners(read, unseen, i -> true), cuts);
    // The model as its file holds it, numbers rounded: what every later run reads.
    return new Trained(ReaderFile.read("trained reader", ReaderFile.write(model)), cv.verdicts(cuts));
  }

  /** The engine's verdicts on the training plans, each read by the fold's reader with these cuts. */
  private interface CrossValidation {
    List<Verdict> verdicts(Cuts cuts);
  }

  private List<Verdict> crossValidated(Cuts cuts, Map<Integer, List<Integer>> foldPlans, List<ReaderModel> foldSides,
      Map<Integer, Map<ItemKind, Combiner>> foldCombiners, List<Read> read, List<BestSentences> unseen) {
    List<Verdict> verdicts = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> fold : foldPlans.entrySet()) {
      ReaderModel sidesOnly = foldSides.get(fold.getKey());
      ReaderModel foldModel = new ReaderModel(sidesOnly.checklist(), "", sidesOnly.sides(), sidesOnly.weights(),
          foldCombiners.get(fold.getKey()), cuts);
      Scorer.ReaderVerdicts judged = Scorer.withReader(checklist, foldModel);
      for (int i : fold.getValue()) {
        Read r = read.get(i);
        verdicts.addAll(AgreementRun.verdicts(r.labelled(), r.words(), judged.score(r.read(), r.ruled(), unseen.get(i))));
      }
    }
    return verdicts;
  }

  /**
   * The least probability of "not walked into" at which the combiner doubts a red flag the rules
   * found, of the steps tried: the one with the best cross-validated pitfall κ, the more sparing
   * step on a tie; {@link ReaderModel#NEVER} when doubting gains nothing. It doubts on plans as
   * long as the shortest it was calibrated on.
   */
  private static double doubtFrom(Cuts cuts, int shortest, CrossValidation cv, Consumer<String> progress) {
    double chosen = ReaderModel.NEVER;
    double best = Double.NEGATIVE_INFINITY;
    for (double step : DOUBT_STEPS) {
      Agreement pitfalls = Agreement.ofParat(cv.verdicts(cuts.withDoubtFrom(step, shortest))).where(v -> v.kind().isPitfall());
      double kappa = pitfalls.kappa();
      progress.accept(String.format(Locale.ROOT,
          "a red flag the rules found is doubted from %s: cross-validated pitfall κ %.3f, red flags P/R %.2f / %.2f",
          sureText(step), kappa, pitfalls.redFlagPrecision(), pitfalls.redFlagRecall()));
      if (kappa > best) {
        best = kappa;
        chosen = step;
      }
    }
    progress.accept("kept: a red flag the rules found is doubted from " + sureText(chosen) + " on plans of "
        + shortest + " words or more (the shortest trained on)");
    return chosen;
  }

  /**
   * How sure the combiner must be before it credits a mention on a thin plan (under {@value
   * AgreementReport#THIN_WORDS} words): of the steps whose cross-validated false credit on thin
   * plans is at most {@link #THIN_FALSE_CREDIT} (the surest step when none is), those whose insight
   * κ is within {@link #THIN_TOLERANCE} of the best of them, the surest, as a consultant credits a
   * thin excerpt's passing mention least of all and the κ cannot tell those steps apart.
   */
  private static Cuts thinCredit(Cuts cuts, CrossValidation cv, Consumer<String> progress) {
    Map<Double, Double> kappa = new TreeMap<>();
    Map<Double, Double> meetingTarget = new TreeMap<>();
    for (double step : THIN_STEPS) {
      List<Verdict> verdicts = cv.verdicts(cuts.withThinCredit(step, AgreementReport.THIN_WORDS));
      Agreement insights = Agreement.ofParat(verdicts).where(v -> !v.kind().isPitfall());
      double falseCredit = AgreementReport.PlanChecks.of(verdicts).falseCredit();
      kappa.put(step, insights.kappa());
      if (falseCredit <= THIN_FALSE_CREDIT) {
        meetingTarget.put(step, insights.kappa());
      }
      progress.accept(String.format(Locale.ROOT,
          "a thin plan's mention is credited from p %.2f: cross-validated insight κ %.3f, false credit on thin plans %.1f %%%s",
          step, insights.kappa(), 100 * falseCredit, falseCredit > THIN_FALSE_CREDIT ? " (over the target)" : ""));
    }
    if (kappa.values().stream().allMatch(k -> k.isNaN())) {
      progress.accept("a thin plan's mention is credited as any other: nothing was cross-validated");
      return cuts;
    }
    double surest = THIN_STEPS[THIN_STEPS.length - 1];
    Map<Double, Double> allowed = meetingTarget.isEmpty() ? Map.of(surest, kappa.get(surest)) : meetingTarget;
    double most = allowed.values().stream().filter(k -> !k.isNaN()).mapToDouble(Double::doubleValue).max().orElseThrow();
    double chosen = allowed.entrySet().stream().filter(e -> e.getValue() > most - THIN_TOLERANCE)
        .mapToDouble(Map.Entry::getKey).max().orElseThrow();
    progress.accept(String.format(Locale.ROOT, "kept: a thin plan's mention is credited from p %.2f", chosen));
    return cuts.withThinCredit(chosen, AgreementReport.THIN_WORDS);
  }

  /**
   * The least probability at which one sentence decides a pitfall (or, for the second bar, stands
   * against the rules' verdict on it) whose cross-validated pitfall κ is within {@link
   * #SURE_TOLERANCE} of the best step's (it changes no insight); {@link ReaderModel#NEVER} when there
   * was nothing cross-validated to judge by.
   */
  private static double leastSure(Map<Double, List<Verdict>> bySure, String does, Consumer<String> progress) {
    Map<Double, Double> kappa = new TreeMap<>();
    bySure.forEach((step, v) -> kappa.put(step, Agreement.ofParat(v).where(p -> p.kind().isPitfall()).kappa()));
    if (kappa.values().stream().allMatch(k -> k.isNaN())) {
      progress.accept("no sentence " + does + ": nothing was cross-validated (the plans are one writer's, "
          + "or none has a pitfall labelled)");
      return ReaderModel.NEVER;
    }
    double most = kappa.values().stream().filter(k -> !k.isNaN()).mapToDouble(Double::doubleValue).max().orElseThrow();
    double chosen = ReaderModel.NEVER;
    for (Map.Entry<Double, Double> step : kappa.entrySet()) {
      progress.accept(String.format(Locale.ROOT, "one sentence " + does + " from %s: cross-validated pitfall κ %.3f",
          sureText(step.getKey()), step.getValue()));
      if (step.getValue() > most - SURE_TOLERANCE && step.getKey() < chosen) {
        chosen = step.getKey();
      }
    }
    progress.accept("kept: one sentence " + does + " from " + sureText(chosen));
    return chosen;
  }

  private static String sureText(double step) {
    return step == ReaderModel.NEVER ? "no probability" : String.format(Locale.ROOT, "p %.2f", step);
  }

  /** Each kind's combiner, trained on the plans the filter keeps. */
  private Map<ItemKind, Combiner> combiners(List<Read> read, List<BestSentences> unseen, IntPredicate keep) {
    Map<ItemKind, Combiner> combiners = new EnumMap<>(ItemKind.class);
    for (ItemKind kind : List.of(ItemKind.INSIGHT, ItemKind.PITFALL)) {
      combiners.put(kind, combiner(kind, read, unseen, keep));
    }
    return combiners;
  }

  /** Sentences written outside any plan: each shows the side of its item that its list names; near misses show none. */
  private Examples examples(List<LabelledSentence> written) {
    Map<Integer, Set<Integer>> positives = new TreeMap<>();
    for (int i = 0; i < written.size(); i++) {
      LabelledSentence sentence = written.get(i);
      for (int s = 0; s < sides.size(); s++) {
        if (sides.get(s).item().equals(sentence.item()) && shows(sides.get(s).kind(), sentence.shows())) {
          positives.computeIfAbsent(s, k -> new TreeSet<>()).add(i);
        }
      }
    }
    // A sentence written to show one item's side may well show another item too (hands-on practice
    // with a superuser beside one is also support): it teaches only its own item's sides. A near
    // miss earns nothing anywhere, so every side learns from it.
    List<String> onlyFor = written.stream()
        .map(w -> w.shows() == LabelledSentence.Shows.NEAR_MISS ? null : w.item()).toList();
    return new Examples(written.stream()
        .map(w -> CharGrams.of(w.text()).withConcepts(concepts.features(checklists.analyzer().tokens(w.text())))).toList(),
        positives, onlyFor);
  }

  private static boolean shows(Side.Kind kind, LabelledSentence.Shows shows) {
    return switch (kind) {
      case SUPPORT -> shows == LabelledSentence.Shows.SUPPORT;
      case GUARD -> shows == LabelledSentence.Shows.GUARD;
      case RED_FLAG -> shows == LabelledSentence.Shows.RED_FLAG;
    };
  }

  /** Which sentences of the plan each side's labels quote. */
  private Map<Integer, Set<Integer>> quoted(LabelledPlan plan, List<String> sentences) {
    List<String> normal = sentences.stream().map(ReaderTraining::normal).toList();
    Map<Integer, Set<Integer>> bySide = new TreeMap<>();
    for (int s = 0; s < sides.size(); s++) {
      Side side = sides.get(s);
      Label label = plan.labels().get(side.item());
      if (label == null) {
        continue;
      }
      Set<Integer> found = new TreeSet<>();
      for (Label.Quote quote : label.quotes()) {
        if (!shows(side.kind(), quote.label())) {
          continue;
        }
        for (String part : QUOTE_PARTS.split(quote.words())) {
          String words = normal(part);
          if (words.length() < SHORTEST_QUOTE) {
            continue;
          }
          for (int i = 0; i < normal.size(); i++) {
            String sentence = normal.get(i);
            if (sentence.contains(words) || sentence.length() >= 2 * SHORTEST_QUOTE && words.contains(sentence)) {
              found.add(i);
            }
          }
        }
      }
      bySide.put(s, found);
    }
    return bySide;
  }

  private static boolean shows(Side.Kind kind, Status label) {
    return switch (kind) {
      case SUPPORT -> label == Status.COVERED || label == Status.PARTIAL;
      case GUARD -> label == Status.GUARDED;
      case RED_FLAG -> label == Status.EXPOSED;
    };
  }

  static String normal(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[\\s*_`\"“”„»«]+", " ").replaceAll("^[\\s.,;:'’-]+|[\\s.,;:'’-]+$", "");
  }

  /** The writer a plan's name gives: the wave and writer number ({@code D2}, {@code P1}), or the series letter. */
  static String writer(String name) {
    Matcher m = WRITER.matcher(name);
    return m.find() ? m.group(1) : name.substring(0, 1);
  }

  /** One side as fitted: its bias, and the weights it keeps by ascending bucket. */
  private record Fitted(double bias, int[] buckets, float[] weights) {}

  /**
   * Every side trained on these sentences, each keeping its largest weights. The sides are fitted
   * side by side on the machine's cores: each fit draws from a random generator of its own
   * (liblinear keeps one per {@link Parameter}) and only reads the shared rows, so the model is the
   * same whatever the order.
   */
  private ReaderModel sides(List<Examples> examples, String trainedOn, Map<ItemKind, Combiner> combiners,
      Cuts cuts) {
    List<Feature[][]> rows = new ArrayList<>();
    for (Examples e : examples) {
      rows.add(e.features().stream().map(ReaderTraining::row).toArray(Feature[][]::new));
    }
    List<Fitted> fitted = IntStream.range(0, sides.size()).parallel().mapToObj(s -> fitSide(rows, examples, s)).toList();
    List<Side> trained = new ArrayList<>();
    SortedMap<Integer, List<GramWeights.Weight>> byBucket = new TreeMap<>();
    for (int s = 0; s < sides.size(); s++) {
      Fitted side = fitted.get(s);
      trained.add(new Side(sides.get(s).item(), sides.get(s).kind(), side.bias()));
      for (int i = 0; i < side.buckets().length; i++) {
        byBucket.computeIfAbsent(side.buckets()[i], k -> new ArrayList<>()).add(new GramWeights.Weight(s, side.weights()[i]));
      }
    }
    return new ReaderModel(checklist.checklist().id(), trainedOn, trained, GramWeights.of(byBucket), combiners, cuts);
  }

  /** One side fitted on the rows that teach its item: positive where its examples show it. */
  private Fitted fitSide(List<Feature[][]> rows, List<Examples> examples, int side) {
    String item = sides.get(side).item();
    List<Feature[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int e = 0; e < examples.size(); e++) {
      Examples examplesOf = examples.get(e);
      Set<Integer> positive = examplesOf.positives().getOrDefault(side, Set.of());
      for (int i = 0; i < examplesOf.features().size(); i++) {
        if (examplesOf.teaches(i, item)) {
          x.add(rows.get(e)[i]);
          y.add(positive.contains(i) ? 1.0 : 0.0);
        }
      }
    }
    double[] w = fit(x.toArray(Feature[][]::new), y.stream().mapToDouble(Double::doubleValue).toArray(),
        CharGrams.FEATURES + 1, SIDE_COST);
    double cut = cut(w, KEPT_WEIGHTS);
    int[] buckets = IntStream.range(0, CharGrams.FEATURES).filter(b -> w[b] != 0 && Math.abs(w[b]) >= cut).toArray();
    float[] weights = new float[buckets.length];
    for (int i = 0; i < buckets.length; i++) {
      weights[i] = (float) w[buckets[i]];
    }
    return new Fitted(w[CharGrams.FEATURES], buckets, weights);
  }

  /**
   * The smallest weight (by size) among the {@code kept} largest, 0 when fewer are not 0. Only the
   * weights that are not 0 are sorted: a side has a few tens of thousands among a million buckets.
   */
  private static double cut(double[] w, int kept) {
    double[] sizes = new double[w.length - 1];
    int nonZero = 0;
    for (int i = 0; i < sizes.length; i++) {
      if (w[i] != 0) {
        sizes[nonZero++] = Math.abs(w[i]);
      }
    }
    Arrays.sort(sizes, 0, nonZero);
    return nonZero < kept ? 0 : sizes[nonZero - kept];
  }

  /** A sentence as liblinear takes it: features by ascending index, the bias last. */
  private static Feature[] row(CharGrams.Features f) {
    Feature[] row = new Feature[f.size() + 1];
    for (int i = 0; i < f.size(); i++) {
      row[i] = new FeatureNode(f.buckets()[i] + 1, f.values()[i]);
    }
    Arrays.sort(row, 0, f.size(), Comparator.comparingInt(Feature::getIndex));
    row[f.size()] = new FeatureNode(CharGrams.FEATURES + 1, 1);
    return row;
  }

  /**
   * A logistic model, each class weighted by the other's share so that the few quoted sentences
   * count as much as the many others; the weights for feature {@code i} at {@code i - 1}, the
   * bias last.
   */
  private static double[] fit(Feature[][] x, double[] y, int features, double cost) {
    Problem problem = new Problem();
    problem.l = x.length;
    problem.n = features;
    problem.x = x;
    problem.y = y;
    problem.bias = 1;
    long positives = Arrays.stream(y).filter(v -> v == 1).count();
    double[] w = new double[features];
    if (positives == 0 || positives == y.length) {
      w[features - 1] = positives == 0 ? -10 : 10;
      return w;
    }
    Parameter parameter = new Parameter(SolverType.L2R_LR_DUAL, cost, 0.1);
    parameter.setWeights(new double[] {y.length / (2.0 * (y.length - positives)), y.length / (2.0 * positives)},
        new int[] {0, 1});
    return positiveWeights(problem, parameter);
  }

  /**
   * The trained model's weights for the class labelled 1, one per feature of the problem: liblinear
   * gives them for whichever label it met first.
   */
  private static double[] positiveWeights(Problem problem, Parameter parameter) {
    Model model = Linear.train(problem, parameter);
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    double[] weights = model.getFeatureWeights();
    double[] w = new double[problem.n];
    for (int i = 0; i < w.length; i++) {
      w[i] = sign * weights[i];
    }
    return w;
  }

  /** The two models of one kind's combiner, trained on every labelled item of that kind in the plans kept. */
  private Combiner combiner(ItemKind kind, List<Read> read, List<BestSentences> unseen, IntPredicate keep) {
    List<Map<String, Double>> rows = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    Map<String, List<Integer>> bySide = Side.byItem(sides);
    for (int p = 0; p < read.size(); p++) {
      if (!keep.test(p)) {
        continue;
      }
      Read r = read.get(p);
      for (ItemResult rule : r.ruled()) {
        Label label = r.labelled().labels().get(rule.item().id());
        List<Integer> itemSides = bySide.get(rule.item().id());
        if (rule.item().item().kind() != kind || label == null || itemSides == null || !rule.applicable()
            || label.consensus() == Status.NOT_APPLICABLE) {
          continue;
        }
        BestSentences sure = unseen.get(p);
        rows.add(Combiner.features(rule.item().id(), kind, rule.status().level(), rule.contradicts(), sure, itemSides));
        levels.add(label.consensus().level());
      }
    }
    List<String> names = new ArrayList<>(new TreeSet<>(rows.stream().flatMap(m -> m.keySet().stream()).toList()));
    Feature[][] x = rows.stream().map(m -> {
      List<Feature> row = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        Double v = m.get(names.get(i));
        if (v != null && v != 0) {
          row.add(new FeatureNode(i + 1, v));
        }
      }
      return row.toArray(Feature[]::new);
    }).toArray(Feature[][]::new);
    return new Combiner(weights(names, x, levels, 1), weights(names, x, levels, 2));
  }

  private static Map<String, Double> weights(List<String> names, Feature[][] x, List<Integer> levels, int atLeast) {
    double[] y = levels.stream().mapToDouble(l -> l >= atLeast ? 1 : 0).toArray();
    Problem problem = new Problem();
    problem.l = x.length;
    problem.n = names.size();
    problem.x = x;
    problem.y = y;
    problem.bias = -1;
    double[] w = positiveWeights(problem, new Parameter(SolverType.L2R_LR, COMBINER_COST, 0.001));
    Map<String, Double> weights = new TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      weights.put(names.get(i), w[i]);
    }
    return weights;
  }
}
