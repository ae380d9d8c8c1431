package dk.parat.answers;

import dk.parat.files.InputError;
import dk.parat.plan.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where an assessment finds the consultant's answers on a plan. */
@FunctionalInterface
public interface AnswerSource {

  /** The answers on the plan, or empty when there are none. A broken answers file fails like a broken plan. */
  Optional<Answers> find(Plan plan) throws InputError;

  /**
   * The answers file a run found beside the plan and did not use, as the user knows it: reports
   * say it is there and does not count. Empty when there is none, or when it was used.
   */
  default Optional<String> setAside(Plan plan) {
    return Optional.empty();
  }

  /**
   * parat's own verdicts only ({@code --no-answers}, {@code --strict}): the answers file beside
   * each plan is not read, only noticed.
   */
  static AnswerSource setAside(Path workingDir) {
    return new AnswerSource() {
      @Override
      public Optional<Answers> find(Plan plan) {
        return Optional.empty();
      }

      @Override
      public Optional<String> setAside(Plan plan) {
        return Files.exists(AnswersFile.besidePlan(workingDir.resolve(plan.path())))
            ? Optional.of(AnswersFile.besidePlan(Path.of(plan.path())).toString()) : Optional.empty();
      }
    };
  }

  /** Each plan's answers file beside it, {@code <plan>.parat.yaml}; plan paths are read from {@code workingDir}. */
  static AnswerSource besidePlans(Path workingDir) {
    return plan -> AnswersFile.read(AnswersFile.besidePlan(workingDir.resolve(plan.path())),
        AnswersFile.besidePlan(Path.of(plan.path())).toString());
  }

  /** One named file ({@code --answers PATH}), for a run on one plan. */
  static AnswerSource file(Path file, String name) {
    return plan -> AnswersFile.read(file, name);
  }
}
