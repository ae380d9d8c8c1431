package dk.parat.run;

import dk.parat.answers.Answer;
import dk.parat.answers.Answers;
import dk.parat.checklist.Status;
import dk.parat.files.InputError;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.PlanResult;
import dk.parat.scoring.Scorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts the consultant's answers on parat's verdicts and scores again. Answers on items the run's
 * checklists do not have are left alone: they may belong to another checklist the plan was
 * interviewed against.
 */
final class AnswerApplier {

  private AnswerApplier() {}

  static PlanResult apply(PlanResult result, Answers answers) throws InputError {
    if (answers.isEmpty()) {
      return result;
    }
    String digest = result.plan().digest();
    List<ChecklistScore> scores = new ArrayList<>();
    for (ChecklistScore score : result.scores()) {
      List<ItemResult> items = new ArrayList<>();
      for (ItemResult item : score.items()) {
        var answer = answers.of(item.item().id());
        if (answer.isPresent()) {
          checkFits(answers.source(), answer.get(), item);
          items.add(item.withAnswer(answer.get(), answer.get().staleFor(digest)));
        } else {
          items.add(item);
        }
      }
      scores.add(Scorer.score(score.checklist(), items));
    }
    return new PlanResult(result.plan(), scores);
  }

  /** A status of the wrong kind ("covered" on a pitfall) would be scored as nonsense; the interview never writes one. */
  private static void checkFits(String source, Answer answer, ItemResult item) throws InputError {
    var kind = item.item().item().kind();
    if (answer.status() != null && !answer.status().fits(kind)) {
      String fitting = Arrays.stream(Status.values()).filter(s -> s.fits(kind)).map(Status::id)
          .collect(Collectors.joining(", "));
      throw new InputError(source, answer.line(), answer.item() + " is a " + kind.id() + ", which cannot be '"
          + answer.status().id() + "'; use " + fitting);
    }
  }
}
