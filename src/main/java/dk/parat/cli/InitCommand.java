package dk.parat.cli;

import dk.parat.checklist.ChecklistLoader;
import dk.parat.files.OutputFile;
import dk.parat.plan.PlanContext;
import dk.parat.skeleton.PlanSkeleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parat init}: a plan skeleton for a checklist and context, so that a team starts from what will be asked. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Write a plan skeleton: front matter with the context, a section per chapter and a heading per item "
        + "with its questions as prompts.",
        "The prompts are comments and never count as evidence: 'parat check' on the untouched skeleton finds every "
            + "item missing or unclear."},
    footer = {"", "Examples:",
        "  parat init --title \"Skærmbesøg i hjemmeplejen\" --phase implementering --maturity proven-elsewhere -o plan.md",
        "  parat init --lang en --checklist lead-implementering",
        "", "Exit codes: 0 written, 2 usage error (unknown checklist or context value, file exists), 3 internal error."})
final class InitCommand extends BaseCommand {

  @Mixin
  ChecklistOptions checklistOptions;

  @Option(names = {"-l", "--lang"}, paramLabel = "da|en", completionCandidates = Languages.Codes.class, defaultValue = "da",
      description = "Language of the skeleton. Default: ${DEFAULT-VALUE}.")
  String lang;

  @Option(names = "--title", paramLabel = "TEXT", description = "The plan's title.")
  String title;

  @Option(names = "--municipality", paramLabel = "TEXT", description = "The municipality.")
  String municipality;

  @Option(names = "--technology", paramLabel = "TEXT", description = "The technology.")
  String technology;

  @Option(names = "--phase", paramLabel = "PHASE", completionCandidates = Phases.class,
      description = "The phase: ${COMPLETION-CANDIDATES} (Danish and English spellings are understood).")
  String phase;

  @Option(names = "--maturity", paramLabel = "MATURITY", completionCandidates = Maturities.class,
      description = "How new the technology is: ${COMPLETION-CANDIDATES}.")
  String maturity;

  @Option(names = "--scale", paramLabel = "SCALE", completionCandidates = Scales.class,
      description = "How far it reaches: ${COMPLETION-CANDIDATES}.")
  String scale;

  @Option(names = "--audience", paramLabel = "AUDIENCE", completionCandidates = Audiences.class,
      description = "Who uses it: ${COMPLETION-CANDIDATES}.")
  String audience;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the skeleton to FILE. Default: "
      + "standard output.")
  Path output;

  @Option(names = "--force", description = "Overwrite FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    PlanContext context = new PlanContext(title, municipality, technology,
        canonical("--phase", PlanContext.PHASES, phase), canonical("--maturity", PlanContext.MATURITIES, maturity),
        canonical("--scale", PlanContext.SCALES, scale), canonical("--audience", PlanContext.AUDIENCES, audience),
        null, Map.of(), List.of());
    String skeleton = PlanSkeleton.markdown(ChecklistLoader.checklists(checklistOptions.refs()), context,
        Languages.parse(lang));
    if (output == null) {
      io().out().print(skeleton);
      io().out().flush();
      return ExitCode.OK;
    }
    Path file = io().workingDir().resolve(output);
    if (Files.exists(file) && !force) {
      throw new UserError(output + " exists; choose another file, or add --force to overwrite it");
    }
    OutputFile.named(file, output.toString()).write(out -> out.write(skeleton));
    io().err().println("parat: wrote " + output + "; 'parat check " + output + "' shows what is still open");
    return ExitCode.OK;
  }

  private static String canonical(String option, List<String> allowed, String given) {
    if (given == null) {
      return null;
    }
    String value = PlanContext.canonical(allowed, given);
    if (value == null) {
      throw new UserError(option + " '" + given + "' is not one parat knows; use one of " + String.join(", ", allowed));
    }
    return value;
  }

  static final class Phases extends Candidates {
    Phases() {
      super(PlanContext.PHASES);
    }
  }

  static final class Maturities extends Candidates {
    Maturities() {
      super(PlanContext.MATURITIES);
    }
  }

  static final class Scales extends Candidates {
    Scales() {
      super(PlanContext.SCALES);
    }
  }

  static final class Audiences extends Candidates {
    Audiences() {
      super(PlanContext.AUDIENCES);
    }
  }
}
