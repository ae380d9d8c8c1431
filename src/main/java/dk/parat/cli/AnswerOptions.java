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

  /** @param plans how many plans the run reads: one named answers file belongs to one plan */
  AnswerSource source(Io io, int plans) {
    if (none && file != null) {
      throw new UserError("--answers and --no-answers contradict each other; give one of them");
    }
    if (none) {
      return AnswerSource.none();
    }
    if (file == null) {
      return AnswerSource.besidePlans(io.workingDir());
    }
    if (plans > 1) {
      throw new UserError("--answers names one file, but " + plans + " plans are checked; leave it out and parat "
          + "finds each plan's answers beside it (<plan>.parat.yaml)");
    }
    Path path = io.workingDir().resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new UserError(file + ": no such answers file; check the path given to --answers");
    }
    return AnswerSource.file(path, file.toString());
  }
}
