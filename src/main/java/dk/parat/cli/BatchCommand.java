package dk.parat.cli;

import dk.parat.answers.AnswerSource;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistSet;
import dk.parat.config.EffectiveConfig;
import dk.parat.config.Settings;
import dk.parat.plan.PlanLoader;
import dk.parat.portfolio.Batch;
import dk.parat.portfolio.BatchRunner;
import dk.parat.portfolio.CsvDialect;
import dk.parat.portfolio.PathFilter;
import dk.parat.portfolio.PlanFinder;
import dk.parat.portfolio.PortfolioOptions;
import dk.parat.portfolio.Progress;
import dk.parat.report.CsvCells;
import dk.parat.run.Assessor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parat batch}: scores a portfolio of plans into one folder of tables and a report. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {"Score a portfolio of plans, hundreds or thousands, on every core.",
        "Writes into the output folder the dashboard portfolio.html (bands, heat maps, groups, frequent gaps, "
            + "a link to each plan's HTML report in reports/), portfolio.md, portfolio.csv (a row per plan), "
            + "items.csv (a row per plan and item) and portfolio.ndjson (a JSON object per plan). Plans that cannot "
            + "be read are listed and do not stop the run."},
    footer = {"", "Examples:",
        "  parat batch plans/",
        "  parat batch --all --output-dir reports/2025 plans/ 'archive/**.md' @more-plans.txt",
        "  parat batch --exclude drafts --fail-on exposed plans/",
        "", "Exit codes: 0 scored and every gate passed, 1 a gate failed, 2 a plan or path could not be read "
            + "(or a usage error), 3 internal error."})
final class BatchCommand extends BaseCommand {

  static final Path DEFAULT_OUTPUT_DIR = Path.of("parat-batch");

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "A plan file, a folder (searched through), a glob such as 'plans/**.md' (quoted), "
          + "or @FILE: a list with one of those per line.")
  List<String> paths;

  @Option(names = "--include", paramLabel = "GLOB",
      description = "Take only found files that match: '*.md', 'plans/2025/**'. Repeatable.")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "Leave out found files or folders that match: 'drafts', '*.old.md'. Repeatable; "
          + "ignore in .parat.yaml adds to them.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Plans read and scored at once. Default: the number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Where the files go. Default: output_dir in .parat.yaml, else parat-batch.")
  Path outputDir;

  @Option(names = {"-l", "--lang"}, paramLabel = "da|en", completionCandidates = Languages.Codes.class, description = "Report language. Default: Danish.")
  String lang;

  @Option(names = "--group-by", paramLabel = "FIELD",
      description = "Group the dashboard's plans also by this front-matter field (forvaltning, municipality ...), "
          + "besides by folder.")
  String groupBy;

  @Option(names = "--excel", description = "Write the CSV files for Danish Excel: a byte-order mark, semicolons, "
      + "decimal commas. Default: csv.dialect in .parat.yaml, else RFC 4180.")
  boolean excel;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; problems are still printed.")
  boolean quiet;

  @Option(names = "--raw-csv", description = OutputOptions.RAW_CSV)
  boolean rawCsv;

  @Mixin
  RunSettings settings;

  @Option(names = "--no-answers", description = "Ignore interview answers: parat's own verdicts only. "
      + "Default: each plan's answers beside it (<plan>.parat.yaml) count.")
  boolean noAnswers;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new UserError("--threads " + threads + " cannot work; give 1 or more");
    }
    EffectiveConfig config = settings.resolve(io(), new OutputChoices(null, lang, outputDir, rawCsv ? true : null,
        excel ? CsvDialect.EXCEL_DA.id() : null),
        List.of(Path.of(paths.get(0).replaceFirst("^@", ""))));
    ChecklistSet checklists = ChecklistLoader.load(config.value(Settings.CHECKLISTS));
    String answersOff = settings.strict() ? "--strict" : noAnswers ? "--no-answers" : null;
    Assessor assessor = settings.assessor(io(), config, checklists, answersOff != null
        ? AnswerSource.setAside(io().workingDir()) : AnswerSource.besidePlans(io().workingDir()));
    Path given = config.value(Settings.OUTPUT_DIR);
    Path dir = io().workingDir().resolve(given == null ? DEFAULT_OUTPUT_DIR : given);
    PlanLoader loader = PlanLoader.standard();
    PortfolioOptions options = new PortfolioOptions(OutputOptions.language(config.value(Settings.LANG), null), groupBy,
        CsvCells.raw(config.value(Settings.RAW_CSV)), CsvDialect.parse(config.value(Settings.CSV_DIALECT)),
        settings.sources(io(), config, checklists, answersOff));
    Batch batch = new Batch(finder(config, loader, dir), loader, assessor, new BatchRunner(threads), dir, options,
        checklists.checklists());
    Batch.Result result;
    try (Progress progress = io().terminal() && !quiet ? new TerminalProgress(terminal().err(), io().env("COLUMNS"))
        : Progress.lines(io().err())) {
      result = batch.run(paths, progress);
    }
    if (result.files().isEmpty()) {
      throw new UserError("no plans found in " + String.join(" ", paths) + "; plans end in "
          + String.join(", ", loader.extensions()) + (result.passedOver().isEmpty() ? ""
          : ", and " + passedOver(result) + " are no plans") + " (check the paths and the --include, --exclude and "
          + "ignore globs)");
    }
    if (!quiet) {
      io().err().println("parat: scored " + result.scored() + " plans" + (result.failed().isEmpty() ? ""
          : ", " + result.failed().size() + " could not be read") + "; wrote " + result.files().stream()
          .map(f -> f.getFileName().toString()).collect(Collectors.joining(", ")) + " in " + dir
          + (result.passedOver().isEmpty() ? "" : "; passed over " + passedOver(result) + " that are no plans"));
      if (result.gateFailures() > 0) {
        io().err().println("parat: the gate failed for " + result.gateFailures() + " of " + result.scored()
            + " plans (the gate column of portfolio.csv names them)");
      }
    }
    if (result.bug()) {
      return ExitCode.INTERNAL;
    }
    if (!result.failed().isEmpty() || !result.problems().isEmpty()) {
      return ExitCode.USAGE;
    }
    return result.gateFailures() > 0 ? ExitCode.GATE_FAILED : ExitCode.OK;
  }

  /** "3 files (answers files, checklists or parat's reports)" */
  private static String passedOver(Batch.Result result) {
    int n = result.passedOver().size();
    return n + (n == 1 ? " file" : " files") + " (answers files, checklists or parat's reports)";
  }

  /** Finds plans with the command line's globs and the config's ignore globs, never in the output folder. */
  private PlanFinder finder(EffectiveConfig config, PlanLoader loader, Path dir) {
    Path workingDir = io().workingDir();
    List<PathFilter> excluded = new ArrayList<>(List.of(new PathFilter(workingDir, exclude)));
    if (config.configFile() != null) {
      excluded.add(new PathFilter(config.configFile().toAbsolutePath().getParent(), config.value(Settings.IGNORE)));
    }
    return new PlanFinder(workingDir, loader.extensions(), new PathFilter(workingDir, include), excluded, dir);
  }
}
