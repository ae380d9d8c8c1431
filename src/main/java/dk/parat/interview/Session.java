package dk.parat.interview;

import dk.parat.answers.Answer;
import dk.parat.answers.Answers;
import dk.parat.answers.AnswersFile;
import dk.parat.answers.AnswersLock;
import dk.parat.answers.AppliedAnswer;
import dk.parat.checklist.Status;
import dk.parat.files.InputError;
import dk.parat.gate.GatePolicy;
import dk.parat.plan.Plan;
import dk.parat.plan.read.Digest;
import dk.parat.run.Assessor;
import dk.parat.run.Run;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.PlanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What an interview knows and keeps: the plan, parat's verdicts on it, and the answers so far.
 * Every answer is on disk before the session takes it in, so the file never lags behind what
 * the consultant saw confirmed. The session holds the answers file against other interviews
 * ({@link AnswersLock}) until it is closed; an answers file changed behind its back all the same
 * (by hand) is read again before the next answer is written, so that nothing in it is lost.
 */
final class Session implements AutoCloseable {

  private final Interview.Setup setup;
  private final AnswersLock lock;
  private final Assessor assessor;
  private Plan plan;
  private PlanResult own;
  private Answers answers;
  private Run.Scored current;
  /** The answers file's fingerprint as this session last read or wrote it; empty when there was none. */
  private String seen;
  private boolean changedOutside;

  private Session(Interview.Setup setup, AnswersLock lock, Answers answers, String seen) throws InputError {
    this.setup = setup;
    this.lock = lock;
    this.answers = answers;
    this.seen = seen;
    // The assessment reads the answers held here, so a live score includes the one just given.
    this.assessor = new Assessor(setup.checklists(), setup.waivers(), false, GatePolicy.none(),
        LocalDate.now(setup.clock()), p -> Optional.of(this.answers));
    this.plan = setup.plan();
    this.own = assessor.score(plan);
  }

  /**
   * Takes the answers file, reads the answers so far and scores the plan; another interview on
   * the file, or a broken answers file, stops here with what to do.
   */
  static Session open(Interview.Setup setup) throws InputError {
    AnswersLock lock = AnswersLock.take(setup.answersFile(), setup.answersName(), setup.by());
    try {
      String seen = fingerprint(setup.answersFile());
      Answers answers = AnswersFile.read(setup.answersFile(), setup.answersName())
          .orElse(Answers.empty(setup.answersName()));
      Session session = new Session(setup, lock, answers, seen);
      session.reassess();
      return session;
    } catch (InputError | RuntimeException e) {
      release(lock);
      throw e;
    }
  }

  /** Lets the answers file go, for the next interview. */
  @Override
  public void close() {
    release(lock);
  }

  private static void release(AnswersLock lock) {
    try {
      lock.close();
    } catch (IOException e) {
      // The system lets go of the lock when the process ends; a lock file left behind is taken over.
    }
  }

  /** Whether the last answer was written into a file someone had changed since this session read it. */
  boolean tookInOutsideChanges() {
    return changedOutside;
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
    Answers moved = onDisk().restamped(plan.digest(), changed.digest());
    write(moved, changed.path());
    plan = changed;
    own = assessor.score(plan);
    reassess();
  }

  private Answer save(Answer answer) throws IOException, InputError {
    write(onDisk().with(answer), plan.path());
    return answer;
  }

  /** The answers as they stand on disk: those held here, or, when the file changed behind this session's back, the file's. */
  private Answers onDisk() throws InputError {
    String now = fingerprint(setup.answersFile());
    changedOutside = !now.equals(seen);
    return changedOutside ? AnswersFile.read(setup.answersFile(), setup.answersName())
        .orElse(Answers.empty(setup.answersName())) : answers;
  }

  private void write(Answers updated, String planPath) throws IOException, InputError {
    AnswersFile.write(setup.answersFile(), updated, planPath);
    seen = fingerprint(setup.answersFile());
    answers = updated;
    reassess();
  }

  private static String fingerprint(Path file) throws InputError {
    try {
      return Digest.sha256(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return "";
    } catch (IOException e) {
      throw new InputError(file.toString(), 0, "cannot be read (" + e.getMessage() + ")");
    }
  }

  private void reassess() throws InputError {
    current = assessor.assess(own).scored();
  }
}
