package dk.parat.interview;

import dk.parat.answers.Answers;
import dk.parat.answers.AppliedAnswer;
import dk.parat.checklist.Item;
import dk.parat.checklist.Status;
import dk.parat.plan.Plan;
import dk.parat.report.AnswerText;
import dk.parat.report.ItemExplanation;
import dk.parat.report.Messages;
import dk.parat.report.Numbers;
import dk.parat.scoring.ChapterScore;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.Evidence;
import dk.parat.scoring.ItemResult;
import dk.parat.text.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jline.utils.AttributedStringBuilder;

/**
 * What the consultant sees, written onto {@link Page}s: the welcome, an item with parat's
 * verdict and evidence, the scores, the help. Pure: it reads the session's state and touches no
 * terminal, so every screen can be tested as text.
 */
final class InterviewView {

  private final Walk walk;
  private final Messages m;
  private final Lang lang;

  InterviewView(Walk walk, Lang lang) {
    this.walk = walk;
    this.m = new Messages(lang);
    this.lang = lang;
  }

  Messages messages() {
    return m;
  }

  void welcome(Page page, Plan plan, List<String> checklists, String answersName, Answers answers) {
    page.wrapped(Styles.BOLD, "parat interview · " + plan.displayTitle() + " (" + plan.path() + ")", "  ");
    page.wrapped(Styles.PLAIN, m.get("interview.checklists", String.join(", ", checklists), walk.size(), answersName),
        "  ");
    page.wrapped(Styles.FAINT, m.get("interview.keys"), "  ");
    if (!answers.isEmpty()) {
      page.print(Styles.ACCENT, m.get("interview.resume", answers.answers().size(),
          answers.last() == null ? "–" : answers.last()));
      long stale = answers.answers().stream().filter(a -> a.staleFor(plan.digest())).count();
      if (stale > 0) {
        page.wrapped(Styles.WARNING, m.get("interview.staleAnswers", stale), "  ");
      }
    }
  }

  /** Past the last item: how many were answered. */
  void end(Page page, int answered) {
    page.blank();
    page.wrapped(Styles.BOLD, m.get("interview.end", answered, walk.size()), "  ");
  }

  /**
   * The item at {@code at}: where it stands, parat's verdict and what it rests on, the questions
   * to ask, the answer so far and the keys that fit.
   *
   * @param answer the consultant's answer on the item, or null
   */
  void item(Page page, int at, ItemResult r, AppliedAnswer answer) {
    page.blank();
    Walk.Stop stop = walk.at(at);
    Item item = stop.item().item();
    var chapter = stop.item().chapter();
    String left = "── " + stop.checklist().id() + " · " + m.get("report.chapter") + " " + chapter.id() + ": "
        + chapter.title().in(lang) + " (" + m.get("report.page") + " " + chapter.pages() + ")";
    String right = " " + (at + 1) + "/" + walk.size() + " ──";
    int room = page.width() - 1 - right.length();
    String fitted = Page.fit(left, Math.max(room - 3, 10));
    page.print(Styles.FAINT, fitted + " " + "─".repeat(Math.max(1, room - fitted.length() - 1)) + right);
    page.wrapped(Styles.BOLD, item.id() + " · " + item.title().in(lang), "    ");
    page.print(Styles.FAINT, m.kind(item.kind()) + " · " + m.get("report.page") + " " + item.page() + " · "
        + m.get("report.weight") + " " + Numbers.decimal(r.weight()) + (item.isCritical() ? " · " + m.get("report.critical") : ""));
    page.blank();
    Status found = r.foundStatus();
    page.print(new AttributedStringBuilder().append("parat: ").styled(Styles.of(found), found.id())
        .append(" (" + m.status(found) + ")").toAttributedString());
    if (r.notApplicableReason() != null) {
      page.wrapped(Styles.PLAIN, "  " + r.notApplicableReason().in(lang), "    ");
    }
    if (found.isGap() && found != Status.EXPOSED && r.evidence().isEmpty()) {
      page.print(Styles.FAINT, "  " + m.get("report.evidence.none"));
    }
    if (found == Status.EXPOSED) {
      page.print(Styles.PLAIN, "  " + m.get("report.redFlags") + ":");
    }
    r.evidence().forEach(e -> evidence(page, e, null, "  "));
    if (!r.notCounted().isEmpty()) {
      page.print(Styles.FAINT, "  " + m.get(found == Status.EXPOSED ? "report.weakGuards" : "report.notCounted") + ":");
      r.notCounted().forEach(e -> evidence(page, e, m.notCounted(e.role()), "    "));
    }
    List<String> questions = item.questions().in(lang);
    if (!questions.isEmpty()) {
      page.blank();
      page.print(Styles.PLAIN, m.get("report.questions") + ":");
      questions.forEach(q -> page.wrapped(Styles.PLAIN, "  - " + q, "    "));
    }
    answer(page, answer);
    page.blank();
    page.wrapped(Styles.FAINT, m.get(item.kind().isPitfall() ? "interview.hint.pitfall" : "interview.hint.insight"), "  ");
  }

  /** A quote with its line, nearest heading and, for a mention not counted, why ({@code why}, else null). */
  private void evidence(Page page, Evidence e, String why, String indent) {
    // The nearest heading is enough to find the place; the reports carry the whole path.
    List<String> about = new ArrayList<>();
    if (!e.headingPath().isEmpty()) {
      about.add(e.headingPath().get(e.headingPath().size() - 1));
    }
    if (why != null) {
      about.add(why);
    }
    String where = m.get("report.line") + " " + e.line() + (about.isEmpty() ? "" : " (" + String.join("; ", about) + ")");
    page.wrapped(Styles.PLAIN, indent + where + ": “" + e.quote() + "”", indent + "  ");
  }

  /** The consultant's answer on the item, when there is one; stale ones in the warning colour. */
  void answer(Page page, AppliedAnswer answer) {
    if (answer != null) {
      page.blank();
      page.wrapped(answer.stale() ? Styles.WARNING : Styles.ACCENT,
          m.get("interview.answer") + ": " + AnswerText.plain(answer, m), "  ");
    }
  }

  /** The item's meaning, source, questions and advice, as {@code parat explain} prints them. */
  void explain(Page page, int at) {
    ItemExplanation.render(walk.at(at).checklist(), walk.at(at).item(), lang).stripTrailing().lines()
        .forEach(line -> page.wrapped(Styles.PLAIN, line, "    "));
  }

  /**
   * The scores with the answers so far beside parat's own, chapter by chapter.
   *
   * @param answers the answer on each item of {@code now}, null where there is none
   */
  void score(Page page, List<ChecklistScore> own, List<ChecklistScore> now,
      Function<ItemResult, AppliedAnswer> answers) {
    page.blank();
    page.print(Styles.BOLD, m.get("interview.score.title"));
    for (int i = 0; i < now.size(); i++) {
      ChecklistScore s = now.get(i);
      ChecklistScore o = own.get(i);
      page.wrapped(Styles.PLAIN, s.checklist().id() + ": " + Numbers.score(s.overall()) + "/100 · "
          + s.band().label().in(lang) + "  (" + m.get("interview.score.alone", Numbers.score(o.overall()),
          o.band().label().in(lang)) + ")", "  ");
      int titleWidth = Math.max(12, Math.min(40, page.width() - 24));
      for (ChapterScore c : s.chapters()) {
        String title = Page.fit(c.chapter().id() + ". " + c.chapter().title().in(lang), titleWidth);
        page.print(Styles.PLAIN, "  " + title + " ".repeat(titleWidth - title.length()) + " "
            + String.format(Locale.ROOT, "%3s", Numbers.score(c.score())) + " " + Numbers.bar(c.score()));
      }
      List<AppliedAnswer> given = s.items().stream().map(answers).filter(Objects::nonNull).toList();
      page.print(Styles.FAINT, "  " + m.get("interview.score.answers", given.size(),
          given.stream().filter(AppliedAnswer::changesStatus).count(), given.stream().filter(AppliedAnswer::stale).count()));
    }
  }

  void help(Page page) {
    page.blank();
    m.get("interview.help").lines().forEach(l -> page.print(Styles.PLAIN, l));
  }

  /** The line at the foot of a real terminal: plan, position, answers and the live score. */
  String statusBar(String planPath, int at, int answered, ChecklistScore first, int width) {
    String text = " parat · " + planPath + " · " + Math.min(at + 1, walk.size()) + "/" + walk.size() + " · "
        + m.get("interview.answered", answered) + " · " + Numbers.score(first.overall())
        + "/100 " + first.band().label().in(lang) + " ";
    String fitted = Page.fit(text, width - 1);
    return fitted + " ".repeat(Math.max(0, width - 1 - fitted.length()));
  }
}
