package dk.parat.cli;

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
        "  parat check --checklist lead-implementering --lang en plan.md",
        "  parat check --format csv -o gaps.csv plan.md",
        "", "Exit codes: 0 scored, 2 usage or input error (bad plan, checklist or option), 3 internal error."})
final class CheckCommand extends BaseCommand {

  @Parameters(paramLabel = "PLAN", arity = "1..*",
      description = "Plan files: Markdown (.md), YAML (.yaml) or plain text (.txt).")
  List<Path> plans;

  @Mixin
  ChecklistOptions checklistOptions;

  @Mixin
  OutputOptions output;

  @Override
  public Integer call() throws Exception {
    ChecklistSet checklists = checklistOptions.load();
    Scorer scorer = new Scorer(checklists);
    PlanLoader loader = PlanLoader.standard();
    List<PlanResult> results = new ArrayList<>();
    int exit = ExitCode.OK;
    for (Path path : plans) {
      try {
        Plan plan = loader.load(io().workingDir().resolve(path), path.toString());
        results.add(scorer.score(plan));
      } catch (PlanReadException e) {
        io().err().println("parat: " + e.getMessage());
        exit = ExitCode.USAGE;
      }
    }
    if (results.isEmpty()) {
      return exit;
    }
    Lang lang = output.language(results.get(0).plan().context().language());
    output.write(io(), out -> output.writer(lang).write(results, out));
    return exit;
  }
}
