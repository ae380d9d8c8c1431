package dk.parat.cli;

import dk.parat.config.Settings;
import dk.parat.gate.GatePolicy;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options that decide when a run fails, and where its configuration comes from. */
final class GateOptions {

  @Option(names = "--fail-on", paramLabel = "LEVEL", completionCandidates = GateOptions.Levels.class,
      description = "Fail (exit 1) when an item has this status or worse: exposed, missing, partial or never. "
          + "Default: never, or fail_on in .parat.yaml.")
  String failOn;

  @Option(names = "--min-score", paramLabel = "N", converter = Score.class,
      description = "Fail when a checklist's overall score is below N (0-100).")
  Double minScore;

  @Option(names = "--min-chapter-score", paramLabel = "N", converter = Score.class,
      description = "Fail when any chapter scores below N (0-100).")
  Double minChapterScore;

  @Option(names = "--no-waivers", description = "Ignore every waiver (for audits).")
  Boolean noWaivers;

  @Option(names = {"--strict", "--audit"},
      description = "For protected gates: parat's own verdicts against bundled or named checklists only. Answers "
          + "files and waivers are set aside and a .parat.yaml found beside the plans is not read (one named with "
          + "--config is); the reports say what was set aside. See SECURITY.md.")
  boolean strict;


  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file. Default: the nearest .parat.yaml in the plan's folder or above.")
  Path config;

  /** The --fail-on levels, for shell completion. */
  static final class Levels extends Candidates {
    Levels() {
      super(GatePolicy.FAIL_ON_LEVELS);
    }
  }

  /** A minimum score: a number on the scores' scale of 0 to 100. */
  static final class Score implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        double score = Double.parseDouble(value.strip());
        if (Settings.isScore(score)) {
          return score;
        }
      } catch (NumberFormatException e) {
        // said below, as for a number out of range
      }
      throw new TypeConversionException("'" + value + "' is not a number from 0 to 100");
    }
  }
}
