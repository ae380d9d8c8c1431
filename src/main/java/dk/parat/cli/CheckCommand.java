package dk.parat.cli;

import dk.parat.answers.AnswersFile;
import dk.parat.checklist.ChecklistSet;
import dk.parat.config.EffectiveConfig;
import dk.parat.config.Settings;
import dk.parat.files.InputError;
import dk.parat.gate.GatePolicy;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanLoader;
import dk.parat.report.CsvCells;
import dk.parat.run.Assessor;
import dk.parat.run.Run;
import dk.parat.scoring.PlanResult;
import dk.parat.waiver.Waiver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parat check}: scores plans, applies waivers and gates, writes the reports. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {"Score plans against checklists and write gap reports.",
        "Answers from 'parat interview' beside a plan (<plan>.parat.yaml) count over parat's own verdicts."},
    footer = {"", "Examples:",
        "  parat check examples/skaermbesoeg-hjemmeplejen.md",
        "  parat check examples/skaermbesoeg-hjemmeplejen.docx examples/cross-municipal-data-platform.pdf",
        "  parat check --checklist lead-implementering --lang en plan.md",
        "  parat check --format csv -o gaps.csv plan.md",
        "  parat check --fail-on exposed --min-score 60 --format markdown,sarif --output-dir reports plans/*.md",
        "  parat check --no-answers plan.md     (parat's own verdicts, without the interview's answers)",
        "", "Exit codes: 0 scored and every gate passed, 1 a gate failed, 2 usage or input error "
            + "(bad plan, checklist, config or option), 3 internal error."})
final class CheckCommand extends BaseCommand {

  @Parameters(paramLabel = "PLAN", arity = "1..*",
      description = "Plan files: Markdown (.md), YAML (.yaml), plain text (.txt), Word (.docx) or PDF (.pdf).")
  List<Path> plans;

  @Mixin
  OutputOptions output;

  @Mixin
  RunSettings settings;

  @Mixin
  AnswerOptions answers;

  @Override
  public Integer call() throws Exception {
    EffectiveConfig config = settings.resolve(io(), output.choices(), plans);
    // Loading the checklists and reading the plans are independent; on a short run doing
    // them side by side saves a good part of the start-up time.
    CheckPrefetch started = CheckPrefetch.take();
    CompletableFuture<ChecklistSet> checklists = started.checklists(config.value(Settings.CHECKLISTS));
    PlanLoader loader = PlanLoader.standard();
    List<Plan> read = new ArrayList<>();
    List<Run.Unreadable> unreadable = new ArrayList<>();
    int exit = ExitCode.OK;
    for (Path path : plans) {
      try {
        Plan plan = started.read(loader, io().workingDir().resolve(path), path.toString());
        plan.warnings().forEach(w -> io().err().println("parat: " + w));
        read.add(plan);
      } catch (InputError e) {
        io().err().println("parat: " + e.getMessage());
        unreadable.add(new Run.Unreadable(path.toString(), e.getMessage()));
        exit = Math.max(exit, ExitCode.USAGE);
      } catch (RuntimeException e) {
        // A bug on one plan: it is listed, and the others are still reported.
        Run.Unreadable bug = Run.Unreadable.bug(path.toString(), e);
        io().err().println("parat: " + bug.message());
        unreadable.add(bug);
        exit = ExitCode.INTERNAL;
      }
    }
    ChecklistSet set = join(checklists);
    Assessor assessor = settings.assessor(io(), config, set, answers.source(io(), plans.size(), settings.strict()));
    List<Run.Scored> scored = new ArrayList<>();
    for (Plan plan : read) {
      Assessor.Assessment assessment;
      try {
        Optional<PlanResult> early = started.scored(plan, set);
        assessment = early.isPresent() ? assessor.assess(early.get()) : assessor.assess(plan);
      } catch (InputError e) {
        // A broken answers file: the plan cannot be assessed as the consultant left it.
        io().err().println("parat: " + e.getMessage());
        unreadable.add(new Run.Unreadable(plan.path(), e.getMessage()));
        exit = Math.max(exit, ExitCode.USAGE);
        continue;
      }
      for (Waiver w : assessment.unknownWaivers()) {
        io().err().println("parat: " + Assessor.unknown(w));
        exit = Math.max(exit, ExitCode.USAGE);
      }
      scored.add(assessment.scored());
    }
    Run run = new Run(scored, unreadable, settings.sources(io(), config, set, answers.off(settings.strict())));
    // With no plan scored, only the formats that report unreadable plans have anything to say.
    List<String> formats = run.plans().isEmpty()
        ? config.value(Settings.FORMAT).stream().filter(OutputOptions::reportsUnreadable).toList()
        : config.value(Settings.FORMAT);
    if (!formats.isEmpty()) {
      String planLanguage = run.plans().isEmpty() ? null : run.plans().get(0).result().plan().context().language();
      output.writeAll(io(), formats, config.value(Settings.OUTPUT_DIR),
          OutputOptions.language(config.value(Settings.LANG), planLanguage), CsvCells.raw(config.value(Settings.RAW_CSV)),
          run, inputs(config));
    }
    if (exit == ExitCode.OK && !run.gatePassed()) {
      exit = ExitCode.GATE_FAILED;
      if (!output.quiet) {
        run.plans().forEach(p -> p.gates().stream().filter(g -> !g.passed()).forEach(g ->
            io().err().println("parat: gate failed for " + p.result().plan().path() + " (" + g.checklist() + "): "
                + String.join("; ", g.failures()))));
      }
    }
    return exit;
  }

  /** The files this run reads, which no report may be written over. */
  private List<Path> inputs(EffectiveConfig config) {
    List<Path> inputs = new ArrayList<>();
    for (Path plan : plans) {
      Path file = io().workingDir().resolve(plan);
      inputs.add(file);
      inputs.add(AnswersFile.besidePlan(file));
    }
    if (answers.file != null) {
      inputs.add(io().workingDir().resolve(answers.file));
    }
    if (config.configFile() != null) {
      inputs.add(config.configFile());
    }
    config.value(Settings.CHECKLISTS).forEach(c -> inputs.add(io().workingDir().resolve(c)));
    return inputs;
  }

  static GatePolicy policy(EffectiveConfig config) {
    try {
      return new GatePolicy(GatePolicy.failOn(config.value(Settings.FAIL_ON)), config.value(Settings.MIN_SCORE),
          config.value(Settings.MIN_CHAPTER_SCORE), config.value(Settings.CHAPTER_MINIMUMS));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage() + " (from " + config.get(Settings.FAIL_ON).source() + ")");
    }
  }

  private static ChecklistSet join(CompletableFuture<ChecklistSet> future) throws Exception {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
