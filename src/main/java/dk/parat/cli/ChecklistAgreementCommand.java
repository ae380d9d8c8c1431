package dk.parat.cli;

import dk.parat.agreement.AgreementReport;
import dk.parat.agreement.AgreementRun;
import dk.parat.agreement.Corpus;
import dk.parat.agreement.Perturbations;
import dk.parat.agreement.CorpusPart;
import dk.parat.agreement.Verdict;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parat checklist agreement}: how well a checklist's verdicts agree with consultants' labels. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
    description = "Score a labelled corpus (plans/ and labels/, see docs/agreement.md) and show how well parat agrees "
        + "with the consultants' labels: linearly weighted kappa per part, kind, chapter and item, and the confusion matrix.")
final class ChecklistAgreementCommand extends BaseCommand {

  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The labelled corpus folder.")
  Path corpus;

  @Option(names = "--checklist", paramLabel = "ID|PATH", defaultValue = "bedre-implementering",
      description = "The checklist the labels are for. Default: ${DEFAULT-VALUE}.")
  String checklist;

  @Option(names = "--detail", paramLabel = "PART",
      description = "Show chapters, items and the confusion matrix for one part: train, held-out, fresh or all.")
  String detail;

  @Option(names = "--parts", split = ",", paramLabel = "PART",
      description = "The parts to list: train, held-out, fresh, all. Default: every part present, then all.")
  List<String> listed;

  @Option(names = "--perturbations", paramLabel = "FILE",
      description = "Sentences to add one at a time to the --hosts plans (red_flags and guards per pitfall); "
          + "prints how often the pitfall moves the right way.")
  List<Path> perturbations;

  @Option(names = "--hosts", split = ",", paramLabel = "PLAN", description = "The plans the --perturbations go into.")
  List<Path> hosts;

  @Override
  public Integer call() throws Exception {
    ChecklistSet checklists = ChecklistLoader.load(List.of(checklist));
    AgreementRun run = new AgreementRun(checklists);
    List<Verdict> verdicts = run.verdicts(Corpus.read(io().workingDir().resolve(corpus)));
    List<String> parts = new ArrayList<>(Arrays.stream(CorpusPart.values()).map(CorpusPart::id).toList());
    parts.add("all");
    if (detail != null && !parts.contains(detail)) {
      throw new UserError("--detail takes one of " + parts + ", not '" + detail + "'");
    }
    AgreementReport.summary(io().out(), verdicts, listed == null ? parts : listed);
    io().out().println();
    AgreementReport.plans(io().out(), verdicts, listed == null ? parts : listed);
    if (detail != null) {
      AgreementReport.detail(io().out(), verdicts.stream()
          .filter(v -> detail.equals("all") || v.part().id().equals(detail)).toList());
    }
    if (perturbations != null) {
      if (hosts == null || hosts.isEmpty()) {
        throw new UserError("--perturbations needs --hosts: the plans to add the sentences to");
      }
      Perturbations bench = new Perturbations(checklists);
      List<Path> plans = hosts.stream().map(h -> io().workingDir().resolve(h)).toList();
      for (Path file : perturbations) {
        List<Perturbations.Trial> trials = bench.run(plans, Perturbations.read(io().workingDir().resolve(file)));
        AgreementReport.perturbations(io().out(), file.getFileName().toString(), trials);
      }
    }
    io().out().flush();
    return ExitCode.OK;
  }
}
