package dk.parat.report;

import dk.parat.answers.Answer;
import dk.parat.answers.AppliedAnswer;
import dk.parat.run.Run;
import java.util.List;
import java.util.Objects;

/**
 * How a plan's answers file counted in a run, as the reports name it: how many answers, how many
 * set a status other than parat's, who gave them and between when.
 *
 * @param first the earliest answer's time, ISO 8601
 * @param last the latest answer's time
 */
record AnswersUse(String file, int answers, int changingStatus, List<String> by, String first, String last) {

  /** The plan's answers as they counted, or null when it had none. */
  static AnswersUse of(Run.Scored scored) {
    List<Answer> given = scored.answers().answers();
    if (given.isEmpty()) {
      return null;
    }
    int changing = (int) scored.result().scores().stream().flatMap(c -> c.items().stream()).map(scored::answer)
        .filter(Objects::nonNull).filter(AppliedAnswer::changesStatus).map(a -> a.answer().item()).distinct().count();
    List<String> times = given.stream().map(Answer::timestamp).sorted().toList();
    return new AnswersUse(scored.answers().source(), given.size(), changing,
        given.stream().map(Answer::by).distinct().toList(), times.get(0), times.get(times.size() - 1));
  }
}
