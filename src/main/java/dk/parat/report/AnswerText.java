package dk.parat.report;

import dk.parat.answers.Answer;
import dk.parat.answers.AppliedAnswer;
import java.util.function.UnaryOperator;

/** The consultant's answer on an item as one line, the same in every report format and in the interview. */
public final class AnswerText {

  private AnswerText() {}

  /** @param text escapes the people's words for the format (Markdown), or leaves them as they are */
  static String describe(AppliedAnswer applied, Messages m, UnaryOperator<String> text) {
    Answer a = applied.answer();
    String who = " (" + text.apply(a.by()) + ", " + a.timestamp() + ")";
    StringBuilder sb = new StringBuilder();
    if (a.status() == null) {
      sb.append(m.get("report.answer.noteOnly")).append(who);
    } else if (applied.changesStatus()) {
      sb.append(m.get("report.answer.set")).append(who).append(": ").append(m.status(a.status())).append("; ")
          .append(m.get("report.answer.found", m.status(applied.found())));
    } else {
      sb.append(m.get("report.answer.confirmed")).append(who);
    }
    if (a.note() != null) {
      sb.append(". ").append(m.get("report.answer.note")).append(": “").append(text.apply(a.note())).append('”');
    }
    if (applied.stale()) {
      sb.append(". ").append(m.get("report.answer.stale"));
    }
    return sb.toString();
  }

  public static String plain(AppliedAnswer applied, Messages m) {
    return describe(applied, m, UnaryOperator.identity());
  }
}
