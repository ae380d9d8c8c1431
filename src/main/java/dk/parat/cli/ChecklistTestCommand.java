package dk.parat.cli;

import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistRepository;
import dk.parat.scoring.ExampleResult;
import dk.parat.scoring.ExampleRunner;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parat checklist test}: runs the examples written into checklist items, like {@code conftest verify}. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Score every example sentence of the checklists' items and check it gets the status it is filed under. "
        + "Exit 1 when an example fails.")
final class ChecklistTestCommand extends BaseCommand {

  @Parameters(paramLabel = "ID|PATH", arity = "0..*", description = "Checklists to test. Default: every bundled checklist.")
  List<String> checklists;

  @Option(names = {"-v", "--verbose"}, description = "List passing examples too.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    List<String> refs = checklists == null || checklists.isEmpty() ? ChecklistRepository.bundledIds() : checklists;
    List<ExampleResult> results = new ExampleRunner(ChecklistLoader.load(refs)).run();
    PrintWriter out = io().out();
    out.printf("%-6s %-24s %-12s %-10s %-10s %s%n", "RESULT", "CHECKLIST", "ITEM", "EXPECTED", "GOT", "EXAMPLE");
    long failed = 0;
    for (ExampleResult r : results) {
      if (!r.passed()) {
        failed++;
      }
      if (!r.passed() || verbose) {
        out.printf("%-6s %-24s %-12s %-10s %-10s %s%n", r.passed() ? "pass" : "FAIL", r.checklist().id(), r.item().id(),
            r.expected().id(), r.actual().status().id(), shorten(r.example()));
      }
    }
    out.printf("%nexamples: %d, passed %d, failed %d%n", results.size(), results.size() - failed, failed);
    out.flush();
    return failed == 0 ? ExitCode.OK : ExitCode.GATE_FAILED;
  }

  private static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= 90 ? one : one.substring(0, 89) + "…";
  }
}
