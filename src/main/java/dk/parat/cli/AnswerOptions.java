package dk.parat.cli;

import dk.parat.answers.AnswerSource;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Whether and where a run finds the consultant's answers from {@code parat interview}. */
final class AnswerOptions {

  @Option(names = "--answers", paramLabel = "FILE",
      description = "The interview answers to use. Default: each plan's <plan>.parat.yaml, when there is one.")
  Path file;

  @Option(names = "--no-answers", description = "Ignore interview answers: parat's own verdicts only.")
  boolean none;

  /** The option that sets answers files aside, for the reports to name, or null when answers count. */
  String off(boolean strict) {
    return strict ? "--strict" : none ? "--no-answers" : null;
  }

  /**
   * @param plans how many plans the run reads: one named answers file belongs to one plan
   * @param strict whether the run is {@code --strict}, which sets every answers file aside
   */
  AnswerSource source(Io io, int plans, boolean strict) {
    if (file != null && (none || strict)) {
      throw new UserError("--answers and " + off(strict) + " contradict each other; give one of them");
    }
    if (off(strict) != null) {
      return AnswerSource.setAside(io.workingDir());
    }
    if (file == null) {
      return AnswerSource.besidePlans(io.workingDir());
    }
    if (plans > 1) {
      throw new UserError("--answers names one file, but " + plans + " plans are checked; leave it out and parat "
          + "finds each plan's answers beside it (<plan>.parat.yaml)");
    }
    Path path = io.workingDir().resolve(file);
    if (!Files.exists(path)) {
      throw new UserError(file + ": no such answers file; check the path given to --answers");
    }
    return AnswerSource.file(path, file.toString());
  }
}
