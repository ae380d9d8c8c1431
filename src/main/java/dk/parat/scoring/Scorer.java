package dk.parat.scoring;

import dk.parat.checklist.Band;
import dk.parat.checklist.Chapter;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.OverrideRule;
import dk.parat.checklist.Status;
import dk.parat.files.InputError;
import dk.parat.plan.Plan;
import dk.parat.reader.BestSentences;
import dk.parat.reader.ReaderModel;
import dk.parat.reader.Readers;
import dk.parat.reader.WordScores;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** Scores plans against the checklists of a run: evidence, item statuses, chapter and overall scores, band. */
public final class Scorer {

  private final ChecklistSet checklists;
  private final MatcherTable table;
  /** Each checklist's trained reader, where it has one. */
  private final List<Optional<Reading>> readers;

  /** A trained reader as a check uses it: its say in the verdicts, and its weighing of the plan's words, kept across plans. */
  private record Reading(TrainedReading reading, WordScores words, ConceptSpotter concepts) {

    Reading(ReaderModel model, ConceptSpotter concepts) {
      this(new TrainedReading(model), new WordScores(model), concepts);
    }

    List<ItemResult> apply(PlanIndex index, List<ItemResult> ruled) {
      PlanSentences read = index.read();
      return reading.apply(read, ruled, BestSentences.of(words, read.texts(), concepts.features(index)));
    }
  }

  /**
   * One checklist's score of a plan the rules alone have judged, read by a trained reader whose
   * best sentences in the plan are given: training tries several readers on verdicts and findings
   * it keeps rather than reading each plan again.
   */
  public interface ReaderVerdicts {
    ChecklistScore score(PlanSentences read, List<ItemResult> ruled, BestSentences best);
  }

  /**
   * A scorer with the rules and each checklist's trained reader where it has one: beside its file,
   * or the one parat ships for it.
   *
   * @throws InputError when a reader beside a checklist file cannot be read
   */
  public Scorer(ChecklistSet checklists) throws InputError {
    this(checklists, readers(checklists));
  }

  /** Each checklist's reader, read here so that a reader file that cannot be read is the caller's to report. */
  private static Function<CompiledChecklist, Optional<ReaderModel>> readers(ChecklistSet checklists) throws InputError {
    Map<String, Optional<ReaderModel>> byId = new HashMap<>();
    for (CompiledChecklist checklist : checklists.checklists()) {
      byId.put(checklist.id(), Readers.of(checklist));
    }
    return c -> byId.get(c.id());
  }

  private Scorer(ChecklistSet checklists, Function<CompiledChecklist, Optional<ReaderModel>> reader) {
    this.checklists = checklists;
    this.table = MatcherTable.of(checklists);
    // The concepts are spotted only for a reader: a scorer with the rules alone never asks for them.
    this.readers = checklists.checklists().stream()
        .map(c -> reader.apply(c).map(m -> new Reading(m, ConceptSpotter.of(checklists)))).toList();
  }

  /** A scorer with the rules alone: what a trained reader is trained to weigh. */
  public static Scorer rulesOnly(ChecklistSet checklists) {
    return new Scorer(checklists, c -> Optional.empty());
  }

  /** The verdicts of one checklist with this reader, for plans the rules have judged and the reader has read. */
  public static ReaderVerdicts withReader(CompiledChecklist checklist, ReaderModel model) {
    TrainedReading reading = new TrainedReading(model);
    return (read, ruled, best) -> score(checklist, reading.apply(read, ruled, best));
  }

  public PlanResult score(Plan plan) {
    return score(new PlanSentences(plan, checklists.analyzer(), checklists.lexicon()), Runnable::run);
  }

  /**
   * Scores a plan read into sentences, with a helper: the helper judges half of the items while
   * the calling thread judges the other half. For a single short run with a core to spare; a
   * portfolio, which keeps every core busy with plans of its own, scores each plan on one thread.
   */
  public PlanResult score(PlanSentences read, Executor helper) {
    PlanIndex index = new PlanIndex(read, table);
    SentenceContexts contexts = new SentenceContexts(index, checklists.lexicon());
    List<CompiledItem> items = checklists.checklists().stream().flatMap(c -> c.items().stream()).toList();
    List<CompiledItem> helped = items.subList(items.size() / 2, items.size());
    CompletableFuture<List<ItemResult>> second = CompletableFuture.supplyAsync(() -> judge(index, contexts, helped), helper);
    List<ItemResult> results = new ArrayList<>(judge(index, contexts, items.subList(0, items.size() / 2)));
    results.addAll(second.join());
    List<ChecklistScore> scores = new ArrayList<>();
    int from = 0;
    for (int c = 0; c < checklists.checklists().size(); c++) {
      CompiledChecklist checklist = checklists.checklists().get(c);
      int to = from + checklist.items().size();
      List<ItemResult> ruled = List.copyOf(results.subList(from, to));
      scores.add(score(checklist, readers.get(c).map(r -> r.apply(index, ruled)).orElse(ruled)));
      from = to;
    }
    return new PlanResult(read.plan(), scores);
  }

  /** Each item's result, by a judge for this thread that shares what it reads of the sentences. */
  private static List<ItemResult> judge(PlanIndex index, SentenceContexts contexts, List<CompiledItem> items) {
    ItemJudge judge = new ItemJudge(index, contexts);
    return items.stream().map(judge::judge).toList();
  }

  /** Scores a checklist from item results; also used when a consultant's answers replace some statuses. */
  public static ChecklistScore score(CompiledChecklist checklist, List<ItemResult> items) {
    List<ChapterScore> chapters = new ArrayList<>();
    for (Chapter chapter : checklist.checklist().chapters()) {
      List<ItemResult> inChapter = items.stream().filter(i -> i.item().chapter().id().equals(chapter.id())).toList();
      chapters.add(new ChapterScore(chapter, weightedMean(inChapter), inChapter));
    }
    double overall = weightedMean(items).orElse(0);
    List<Band> bands = checklist.checklist().bands();
    Band scoreBand = bands.stream().filter(b -> overall >= b.min()).findFirst().orElse(bands.get(bands.size() - 1));
    Band band = scoreBand;
    List<FiredOverride> fired = new ArrayList<>();
    for (OverrideRule rule : checklist.checklist().overrides()) {
      List<String> causes = causes(rule, items);
      if (causes.isEmpty()) {
        continue;
      }
      Band cap = bands.stream().filter(b -> b.id().equals(rule.cap())).findFirst().orElseThrow();
      boolean lowers = bands.indexOf(cap) > bands.indexOf(band);
      if (lowers) {
        band = cap;
      }
      fired.add(new FiredOverride(rule, cap, causes, lowers));
    }
    Optional<ChapterScore> barrier = chapters.stream().filter(ChapterScore::belowMinimum).findFirst();
    return new ChecklistScore(checklist, items, chapters, overall, scoreBand, band, fired, barrier);
  }

  private static List<String> causes(OverrideRule rule, List<ItemResult> items) {
    OverrideRule.When when = rule.when();
    List<Status> statuses = when.status().stream().map(s -> Status.parse(s).orElseThrow()).toList();
    return items.stream()
        .filter(i -> statuses.contains(i.status()))
        .filter(i -> when.items().isEmpty() || when.items().contains(i.item().id()))
        .filter(i -> !Boolean.TRUE.equals(when.critical()) || i.item().item().isCritical())
        .map(i -> i.item().id())
        .toList();
  }

  static OptionalDouble weightedMean(List<ItemResult> items) {
    double weights = 0;
    double sum = 0;
    for (ItemResult i : items) {
      if (i.applicable()) {
        weights += i.weight();
        sum += i.weight() * i.score();
      }
    }
    return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * sum / weights);
  }
}
