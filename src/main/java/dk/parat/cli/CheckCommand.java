package dk.parat.cli;

import dk.parat.checklist.ChecklistException;
import dk.parat.checklist.ChecklistSet;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanLoader;
import dk.parat.plan.PlanReadException;
import dk.parat.scoring.PlanResult;
import dk.parat.scoring.Scorer;
import dk.parat.text.Lang;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parat check}: scores plans and writes the gap report. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Score plans against checklists and write a gap report.",
    footer = {"", "Examples:",
        "  parat check examples/skaermbesoeg-hjemmeplejen.md",
        "  parat check examples/skaermbesoeg-hjemmeplejen.docx examples/cross-municipal-data-platform.pdf",
        "  parat check --checklist lead-implementering --lang en plan.md",
        "  parat check --format csv -o gaps.csv plan.md",
        "", "Exit codes: 0 scored, 2 usage or input error (bad plan, checklist or option), 3 internal error."})
final class CheckCommand extends BaseCommand {

  @Parameters(paramLabel = "PLAN", arity = "1..*",
      description = "Plan files: Markdown (.md), YAML (.yaml), plain text (.txt), Word (.docx) or PDF (.pdf).")
  List<Path> plans;

  @Mixin
  ChecklistOptions checklistOptions;

  @Mixin
  OutputOptions output;

  @Override
  public Integer call() throws Exception {
    // Compiling the checklists and reading the plans are independent; on a short run doing
    // them side by side saves a good part of the start-up time.
    CompletableFuture<ChecklistSet> checklists = CompletableFuture.supplyAsync(this::loadChecklists);
    PlanLoader loader = PlanLoader.standard();
    List<Plan> read = new ArrayList<>();
    int exit = ExitCode.OK;
    for (Path path : plans) {
      try {
        read.add(loader.load(io().workingDir().resolve(path), path.toString()));
      } catch (PlanReadException e) {
        io().err().println("parat: " + e.getMessage());
        exit = ExitCode.USAGE;
      }
    }
    Scorer scorer = new Scorer(join(checklists));
    List<PlanResult> results = read.stream().map(scorer::score).toList();
    if (results.isEmpty()) {
      return exit;
    }
    Lang lang = output.language(results.get(0).plan().context().language());
    output.write(io(), out -> output.writer(lang).write(results, out));
    return exit;
  }

  private ChecklistSet loadChecklists() {
    try {
      return checklistOptions.load();
    } catch (ChecklistException e) {
      throw new CompletionException(e);
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
