package dk.parat.portfolio;

import dk.parat.checklist.CompiledChecklist;
import dk.parat.files.InputError;
import dk.parat.plan.PlanLoader;
import dk.parat.run.Assessor;
import dk.parat.run.Run;
import dk.parat.waiver.Waiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    try {
      Assessor.Assessment assessment = assessor.assess(loader.load(file.file(), file.name()));
      return outputs.render(assessment.scored(), assessment.unknownWaivers());
    } catch (InputError e) {
      return new Outcome.Failed(new Run.Unreadable(file.name(), e.getMessage()), false);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug must not cost the rest of a portfolio of thousands: the plan is listed, the run goes on.
      return new Outcome.Failed(new Run.Unreadable(file.name(), file.name() + ": parat failed on this plan ("
          + e + "); this is a bug in parat, please report it with the plan"), true);
    }
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
