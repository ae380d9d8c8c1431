package dk.parat.cli;

import dk.parat.gate.GatePolicy;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that decide when a run fails, and where its configuration comes from. */
final class GateOptions {

  @Option(names = "--fail-on", paramLabel = "LEVEL", completionCandidates = GateOptions.Levels.class,
      description = "Fail (exit 1) when an item has this status or worse: exposed, missing, partial or never. "
          + "Default: never, or fail_on in .parat.yaml.")
  String failOn;

  @Option(names = "--min-score", paramLabel = "N", description = "Fail when a checklist's overall score is below N (0-100).")
  Double minScore;

  @Option(names = "--min-chapter-score", paramLabel = "N", description = "Fail when any chapter scores below N (0-100).")
  Double minChapterScore;

  @Option(names = "--no-waivers", description = "Ignore every waiver (for audits).")
  Boolean noWaivers;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file. Default: the nearest .parat.yaml in the plan's folder or above.")
  Path config;

  /** The --fail-on levels, for shell completion. */
  static final class Levels extends Candidates {
    Levels() {
      super(GatePolicy.FAIL_ON_LEVELS);
    }
  }
}
