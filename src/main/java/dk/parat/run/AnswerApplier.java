package dk.parat.run;

import dk.parat.answers.Answer;
import dk.parat.answers.Answers;
import dk.parat.checklist.Status;
import dk.parat.files.InputError;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.PlanResult;
import java.util.Arrays;
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
    return Rescoring.rescore(result, item -> {
      var answer = answers.of(item.item().id());
      if (answer.isEmpty()) {
        return item;
      }
      checkFits(answers.source(), answer.get(), item);
      return withAnswer(item, answer.get());
    });
  }

  /** The verdict with the consultant's status, when they gave one, in place of parat's. */
  private static ItemResult withAnswer(ItemResult item, Answer given) {
    Status consultant = given.status() == null ? item.status() : given.status();
    // parat's reason for setting the item aside no longer explains a status the consultant chose.
    boolean bothAside = consultant == Status.NOT_APPLICABLE && item.status() == Status.NOT_APPLICABLE;
    return item.withStatus(consultant, bothAside ? item.notApplicableReason() : null);
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
