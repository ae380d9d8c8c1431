package dk.parat.cli;

import dk.parat.checklist.ChecklistException;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.config.Settings;
import dk.parat.files.InputError;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanLoader;
import dk.parat.reader.Readers;
import dk.parat.scoring.ConceptSpotter;
import dk.parat.scoring.MatcherTable;
import dk.parat.scoring.PlanResult;
import dk.parat.scoring.PlanSentences;
import dk.parat.scoring.Scorer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The work of a short check begun before its command line is parsed. Parsing keeps one core busy
 * for a good part of a short run's time; meanwhile the other loads the checklists a check reads
 * when nothing names others, reads the first plan files the command line names, and scores them
 * against those checklists. The check then takes what was started for the checklists and plans it
 * turns out to have, and does the rest itself: a check whose settings name other checklists loads
 * and scores with those, and a word of the command line that was not a plan after all (an option's
 * value) was read for nothing.
 */
public final class CheckPrefetch {

  /** Plans read early: a short check names one or two; on a long run the head start is small. */
  static final int MAX_PLANS = 2;

  private static final AtomicReference<CheckPrefetch> STARTED = new AtomicReference<>();
  private static final CheckPrefetch NONE = new CheckPrefetch(List.of(), null, Map.of());

  /** A plan read early, with its verdicts under the checklists started with it, when it could be scored. */
  private record Early(Path file, CompletableFuture<Plan> plan, CompletableFuture<Optional<PlanResult>> scored) {}

  private final List<String> refs;
  private final CompletableFuture<ChecklistSet> checklists;
  private final Map<String, Early> plans;

  private CheckPrefetch(List<String> refs, CompletableFuture<ChecklistSet> checklists, Map<String, Early> plans) {
    this.refs = refs;
    this.checklists = checklists;
    this.plans = plans;
  }

  /**
   * Starts a check's work: the default checklists, and the first words of its command line that
   * name plan files, read relative to the working folder.
   *
   * @param words the command line after {@code check}
   */
  public static void start(List<String> words, Path workingDir) {
    List<String> refs = Settings.CHECKLISTS.fallback();
    Loading checklists = load(refs);
    PlanLoader loader = PlanLoader.standard();
    Map<String, Early> plans = new LinkedHashMap<>();
    for (String word : words) {
      if (plans.size() == MAX_PLANS) {
        break;
      }
      Optional<Path> file = planFile(word, workingDir, loader);
      if (file.isPresent()) {
        String name = Path.of(word).toString();
        CompletableFuture<Plan> plan = new CompletableFuture<>();
        CompletableFuture<Optional<PlanResult>> scored = CompletableFuture.supplyAsync(
            () -> readAndScore(loader, file.get(), name, plan, checklists));
        plans.put(name, new Early(file.get(), plan, scored));
      }
    }
    STARTED.set(new CheckPrefetch(refs, checklists.ready(), plans));
  }

  /** What was started, once: the check that takes it is the one it was started for. */
  static CheckPrefetch take() {
    CheckPrefetch started = STARTED.getAndSet(null);
    return started == null ? NONE : started;
  }

  /** The checklists named: the started ones when they are those, else loading now. */
  CompletableFuture<ChecklistSet> checklists(List<String> named) {
    return checklists != null && refs.equals(named) ? checklists : load(named).ready();
  }

  /**
   * The plan, as the loader reads it: the early reading when it was of this file under this name,
   * else read now.
   */
  Plan read(PlanLoader loader, Path file, String name) throws InputError {
    Early early = plans.get(name);
    if (early == null || !early.file().equals(file)) {
      return loader.load(file, name);
    }
    try {
      return early.plan().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof InputError error) {
        throw error;
      }
      // Anything else may be this thread's own trouble (its stack is smaller than the main
      // thread's): the check reads the plan again and reports what that gives.
      return loader.load(file, name);
    }
  }

  /** parat's own verdicts on the plan under these checklists, when they were worked out early. */
  Optional<PlanResult> scored(Plan plan, ChecklistSet set) {
    if (checklists == null || set != done(checklists)) {
      return Optional.empty();
    }
    return plans.values().stream().filter(e -> done(e.plan()) == plan).findFirst().flatMap(e -> e.scored().join());
  }

  /** What the task gave, or null when it failed or is still at work. */
  private static <T> T done(CompletableFuture<T> task) {
    return task.isDone() && !task.isCompletedExceptionally() ? task.join() : null;
  }

  private static Optional<Path> planFile(String word, Path workingDir, PlanLoader loader) {
    if (word.startsWith("-") || !loader.reads(word)) {
      return Optional.empty();
    }
    try {
      Path file = workingDir.resolve(word);
      return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads the plan, and then, with the checklists started, its sentences while the word matchers
   * are numbered, and its verdicts. A plan that cannot be read is the check's to report; verdicts
   * that cannot be worked out here are worked out again by the check, which reports what fails.
   */
  private static Optional<PlanResult> readAndScore(PlanLoader loader, Path file, String name,
      CompletableFuture<Plan> read, Loading checklists) {
    Plan plan;
    try {
      plan = loader.load(file, name);
    } catch (InputError | RuntimeException | Error e) {
      read.completeExceptionally(e);
      return Optional.empty();
    }
    read.complete(plan);
    try {
      ChecklistSet set = checklists.loaded().join();
      PlanSentences sentences = new PlanSentences(plan, set.analyzer(), set.lexicon());
      // The trained readers are read while the word matchers are numbered; the scorer finds them ready.
      for (CompiledChecklist checklist : set.checklists()) {
        Readers.of(checklist);
      }
      // The scorer is made only once the word matchers are numbered, which it would otherwise number again.
      checklists.ready().join();
      return Optional.of(new Scorer(set).score(sentences, CheckPrefetch::helper));
    } catch (InputError | RuntimeException | Error e) {
      return Optional.empty();
    }
  }

  /** A thread of its own for half of a plan's items: the threads that read the plans are idle by then. */
  private static void helper(Runnable task) {
    Thread thread = new Thread(task, "parat-judge");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Checklists being loaded: {@code loaded} when they are read, {@code ready} when their word
   * matchers are numbered as well, which is what a scorer needs.
   */
  private record Loading(CompletableFuture<ChecklistSet> loaded, CompletableFuture<ChecklistSet> ready) {}

  private static Loading load(List<String> refs) {
    CompletableFuture<ChecklistSet> loaded = new CompletableFuture<>();
    CompletableFuture<ChecklistSet> ready = CompletableFuture.supplyAsync(() -> {
      ChecklistSet set;
      try {
        set = ChecklistLoader.load(refs);
      } catch (ChecklistException e) {
        loaded.completeExceptionally(e);
        throw new CompletionException(e);
      }
      loaded.complete(set);
      // The scorer's table of word matchers is made here as well, while the main thread reads the
      // command line; and Lucene's tokenizer starts here (its classes' set-up reads the JVM's flags
      // through the management beans), so that the main thread finds it ready. So are the trained
      // reader's concepts, when readers are used.
      MatcherTable.of(set);
      if (Readers.used()) {
        ConceptSpotter.of(set);
      }
      set.analyzer().tokens("parat");
      return set;
    });
    return new Loading(loaded, ready);
  }
}
