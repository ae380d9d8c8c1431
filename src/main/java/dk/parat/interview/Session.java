package dk.parat.interview;

import dk.parat.answers.Answer;
import dk.parat.answers.Answers;
import dk.parat.answers.AnswersFile;
import dk.parat.answers.AppliedAnswer;
import dk.parat.checklist.Status;
import dk.parat.files.InputError;
import dk.parat.gate.GatePolicy;
import dk.parat.plan.Plan;
import dk.parat.run.Assessor;
import dk.parat.run.Run;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.PlanResult;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What an interview knows and keeps: the plan, parat's verdicts on it, and the answers so far.
 * Every answer is on disk before the session takes it in, so the file never lags behind what
 * the consultant saw confirmed.
 */
final class Session {

  private final Interview.Setup setup;
  private final Assessor assessor;
  private Plan plan;
  private PlanResult own;
  private Answers answers;
  private Run.Scored current;

  private Session(Interview.Setup setup, Answers answers) {
    this.setup = setup;
    this.answers = answers;
    // The assessment reads the answers held here, so a live score includes the one just given.
    this.assessor = new Assessor(setup.checklists(), setup.waivers(), false, GatePolicy.none(),
        LocalDate.now(setup.clock()), p -> Optional.of(this.answers));
    this.plan = setup.plan();
    this.own = assessor.score(plan);
  }

  /** Reads the answers so far and scores the plan; a broken answers file stops here, with its line. */
  static Session open(Interview.Setup setup) throws InputError {
    Answers answers = AnswersFile.read(setup.answersFile(), setup.answersName()).orElse(Answers.empty(setup.answersName()));
    Session session = new Session(setup, answers);
    session.reassess();
    return session;
  }

  Plan plan() {
    return plan;
  }

  Answers answers() {
    return answers;
  }

  /** The plan's scores with the answers so far. */
  PlanResult current() {
    return current.result();
  }

  /** parat's scores on its own. */
  PlanResult own() {
    return own;
  }

  /** The consultant's answer on an item, with parat's own status beside it; null when there is none. */
  AppliedAnswer answer(ItemResult item) {
    return current.answer(item);
  }

  ItemResult result(String item) {
    return current.result().scores().stream().flatMap(s -> s.items().stream()).filter(i -> i.item().id().equals(item))
        .findFirst().orElseThrow();
  }

  /**
   * Records an answer. A new answer without a note keeps the note the item had: a note is said
   * once, and setting the status afterwards must not lose it.
   */
  Answer answer(String item, Status status, String note) throws IOException, InputError {
    Optional<Answer> before = answers.of(item);
    String kept = note != null ? note : before.map(Answer::note).orElse(null);
    return save(new Answer(item, status, kept, setup.by(), OffsetDateTime.now(setup.clock()), plan.digest(), 0));
  }

  /** Adds a note and leaves the status as it is: the consultant's, when there is one, else parat's. */
  Answer note(String item, String note) throws IOException, InputError {
    Status status = answers.of(item).map(Answer::status).orElse(null);
    return save(new Answer(item, status, note, setup.by(), OffsetDateTime.now(setup.clock()), plan.digest(), 0));
  }

  /**
   * Takes in the plan after the interview itself changed it (a drafted stub). The answers given
   * on the plan as it was move to the new version: parat knows the change and that it holds no
   * evidence, so it must not make them look stale.
   */
  void replan(Plan changed) throws IOException, InputError {
    Answers moved = answers.restamped(plan.digest(), changed.digest());
    AnswersFile.write(setup.answersFile(), moved, changed.path());
    answers = moved;
    plan = changed;
    own = assessor.score(plan);
    reassess();
  }

  private Answer save(Answer answer) throws IOException, InputError {
    Answers updated = answers.with(answer);
    AnswersFile.write(setup.answersFile(), updated, plan.path());
    answers = updated;
    reassess();
    return answer;
  }

  private void reassess() throws InputError {
    current = assessor.assess(own).scored();
  }
}
