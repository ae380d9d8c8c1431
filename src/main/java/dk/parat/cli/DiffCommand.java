package dk.parat.cli;

import dk.parat.checklist.ChecklistLoader;
import dk.parat.config.EffectiveConfig;
import dk.parat.config.Settings;
import dk.parat.diff.Differ;
import dk.parat.diff.GitRevision;
import dk.parat.diff.PlanDiff;
import dk.parat.diff.SourceChanges;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanLoader;
import dk.parat.report.DiffReport;
import dk.parat.scoring.Scorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parat diff}: a plan's scores at a git revision against its scores now. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Compare a plan with itself at a git revision: score changes per chapter, new and closed gaps.",
    footer = {"", "Examples:", "  parat diff --base origin/main plans/skaermbesoeg.md",
        "  parat diff --base HEAD~1 --fail-on-regression plans/*.md",
        "", "Exit codes: 0 compared (no regression, or not asked), 1 regression with --fail-on-regression, "
            + "2 usage or input error (not a git repository, unknown revision, unreadable plan), 3 internal error."})
final class DiffCommand extends BaseCommand {

  @Parameters(paramLabel = "PLAN", arity = "1..*", description = "Plan files kept in a git repository.")
  List<Path> plans;

  @Option(names = "--base", paramLabel = "REV", required = true, description = "The git revision to compare with.")
  String base;

  @Option(names = "--fail-on-regression",
      description = "Exit 1 when a chapter score drops, a new gap appears or a gap gets worse (missing after partial, "
          + "exposed after unclear).")
  boolean failOnRegression;

  /** What a plan that did not exist at the base counts as. */
  enum NewPlans { PASS, FAIL }

  @Option(names = "--new-plans", paramLabel = "pass|fail", defaultValue = "pass",
      description = "A plan that did not exist at --base: pass (never a regression; the default) or fail (a regression "
          + "for --fail-on-regression, e.g. when new plans need their own review).")
  NewPlans newPlans;

  @Option(names = {"-f", "--format"}, paramLabel = "markdown|json", defaultValue = "markdown",
      description = "Output format. Default: ${DEFAULT-VALUE}.")
  String format;

  @Mixin
  LanguageOption language;

  @Mixin
  RunSettings settings;

  @Override
  public Integer call() throws Exception {
    EffectiveConfig config = settings.resolve(io(), OutputChoices.NONE, plans);
    Scorer scorer = new Scorer(ChecklistLoader.load(config.value(Settings.CHECKLISTS)));
    PlanLoader loader = PlanLoader.standard();
    List<PlanDiff> diffs = new ArrayList<>();
    // The config the run reads, or the one --strict set aside: a pull request may have changed either.
    Path configFile = config.configFile() != null ? config.configFile() : config.skippedConfig();
    String configName = config.configName() != null ? config.configName() : RunSettings.shown(io(), configFile);
    for (Path path : plans) {
      Path file = io().workingDir().resolve(path);
      Plan current = loader.load(file, path.toString());
      Optional<byte[]> old = GitRevision.read(file, base);
      Optional<Plan> previous = old.isPresent() ? Optional.of(loader.read(path.toString(), old.get())) : Optional.empty();
      SourceChanges sources = SourceChanges.compare(file, path.toString(), base, current.waivers(),
          previous.map(Plan::waivers).orElse(List.of()), configFile, configName);
      diffs.add(Differ.compare(path.toString(), base, previous.map(scorer::score), scorer.score(current), sources));
    }
    boolean newPlansFail = newPlans == NewPlans.FAIL;
    DiffReport report = new DiffReport(language.lang(), newPlansFail);
    switch (format) {
      case "markdown" -> report.markdown(diffs, io().out());
      case "json" -> report.json(diffs, io().out());
      default -> throw new UserError("--format '" + format + "' is not a diff format; use markdown or json");
    }
    List<String> regressed = diffs.stream().filter(d -> d.regressed(newPlansFail)).map(PlanDiff::path).toList();
    if (!regressed.isEmpty() && failOnRegression) {
      io().err().println("parat: regression since " + base + " in " + String.join(", ", regressed) + ": "
          + (newPlansFail && diffs.stream().anyMatch(PlanDiff::newAtBase) ? "a plan is new (--new-plans fail), " : "")
          + "a chapter score dropped, a new gap appeared or a gap got worse");
      return ExitCode.GATE_FAILED;
    }
    return ExitCode.OK;
  }
}
