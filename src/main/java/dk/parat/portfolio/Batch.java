package dk.parat.portfolio;

import dk.parat.checklist.CompiledChecklist;
import dk.parat.files.InputError;
import dk.parat.plan.PlanLoader;
import dk.parat.run.Assessor;
import dk.parat.run.Run;
import dk.parat.waiver.Waiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a portfolio: finds the plans, reads, assesses and renders them in parallel, and
 * streams the outcomes, in path order, into the output folder's files. Problems are reported
 * as they are met and never stop the run.
 */
public final class Batch {

  private final PlanFinder finder;
  private final PlanLoader loader;
  private final Assessor assessor;
  private final BatchRunner runner;
  private final Path outputDir;
  private final PortfolioOptions options;
  private final List<CompiledChecklist> checklists;
  private final MemoryBudget memory = MemoryBudget.ofThisJvm();

  public Batch(PlanFinder finder, PlanLoader loader, Assessor assessor, BatchRunner runner, Path outputDir,
      PortfolioOptions options, List<CompiledChecklist> checklists) {
    this.finder = finder;
    this.loader = loader;
    this.assessor = assessor;
    this.runner = runner;
    this.outputDir = outputDir;
    this.options = options;
    this.checklists = List.copyOf(checklists);
  }

  /**
   * What a batch did.
   *
   * @param failed the paths that could not be searched or read, with why
   * @param bug whether parat itself failed on a plan
   * @param gateFailures how many scored plans failed the gate
   * @param problems waivers that name no item of the checklists
   * @param files the files written; none when no plan was found
   * @param passedOver files in the folders and globs that are no plans (answers files, checklists, fixtures)
   */
  public record Result(int scored, List<Run.Unreadable> failed, boolean bug, int gateFailures, List<String> problems,
      List<Path> files, List<String> passedOver) {}

  public Result run(List<String> paths, Progress progress) throws IOException, InterruptedException {
    PlanFinder.Found found = finder.find(paths);
    if (found.plans().isEmpty() && found.failures().isEmpty()) {
      return new Result(0, List.of(), false, 0, List.of(), List.of(), found.passedOver());
    }
    found.failures().forEach(f -> progress.println("parat: " + f.message()));
    progress.start(found.plans().size());
    Tally tally = new Tally();
    List<Path> files;
    try (PortfolioOutputs outputs = PortfolioOutputs.open(outputDir, options, checklists, found.plans())) {
      found.failures().forEach(outputs::fail);
      runner.run(found.plans(), file -> assess(file, outputs), outcome -> {
        tally.add(outcome, progress);
        try {
          outputs.accept(outcome);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        progress.step();
      });
      files = outputs.finish();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<Run.Unreadable> failed = new ArrayList<>(found.failures());
    failed.addAll(tally.failed);
    return new Result(tally.scored, failed, tally.bug, tally.gateFailures, tally.problems, files, found.passedOver());
  }

  /** The work of a scoring thread: one plan read, assessed and rendered, or why not. */
  private Outcome assess(PlanFinder.PlanFile file, PortfolioOutputs outputs) {
    long size = size(file.file());
    if (size > memory.largestPlan()) {
      return new Outcome.Failed(new Run.Unreadable(file.name(), file.name() + ": is " + mib(size) + " MiB; with the "
          + "memory this batch has (" + mib(Runtime.getRuntime().maxMemory()) + " MiB) it scores plans up to "
          + mib(memory.largestPlan()) + " MiB. Score it alone with 'parat check', or give the batch more memory "
          + "(PARAT_JAVA_OPTS=-Xmx1g)"), false);
    }
    try (MemoryBudget.Admission admitted = memory.admit(size)) {
      Assessor.Assessment assessment = assessor.assess(loader.load(file.file(), file.name()));
      return outputs.render(assessment.scored(), assessment.unknownWaivers());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome.Failed(new Run.Unreadable(file.name(), file.name() + ": not scored, the batch was stopped"),
          false);
    } catch (InputError e) {
      return new Outcome.Failed(new Run.Unreadable(file.name(), e.getMessage()), false);
    } catch (OutOfMemoryError e) {
      return new Outcome.Failed(new Run.Unreadable(file.name(), file.name() + ": needs more memory than this batch "
          + "has (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB); score it alone with 'parat check', "
          + "or give the batch more memory (PARAT_JAVA_OPTS=-Xmx1g)"), false);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug must not cost the rest of a portfolio of thousands: the plan is listed, the run goes on.
      return new Outcome.Failed(Run.Unreadable.bug(file.name(), e), true);
    }
  }

  /** The file's size, or 0 when it cannot be had (the reader then says why). */
  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024));
  }

  /** Counts outcomes as they pass, and reports the problems among them. */
  private static final class Tally {
    int scored;
    int gateFailures;
    boolean bug;
    final List<Run.Unreadable> failed = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    void add(Outcome outcome, Progress progress) {
      if (outcome instanceof Outcome.Scored s) {
        scored++;
        gateFailures += s.gateFailed() ? 1 : 0;
        s.warnings().forEach(w -> progress.println("parat: " + w));
        for (Waiver w : s.unknownWaivers()) {
          problems.add(Assessor.unknown(w));
          progress.println("parat: " + Assessor.unknown(w));
        }
      } else if (outcome instanceof Outcome.Failed f) {
        failed.add(f.failure());
        bug |= f.bug();
        progress.println("parat: " + f.failure().message());
      }
    }
  }
}
