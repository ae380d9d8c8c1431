package dk.parat.report;

import dk.parat.run.Run;
import dk.parat.run.Sources;
import dk.parat.scoring.ItemResult;
import dk.parat.waiver.Waiver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sources besides parat's own verdicts that shaped a run, as notes every report format
 * shows in its own way (a list in Markdown, an annotation on GitHub, a property in JUnit): the
 * config file and what it set, checklist files, each plan's answers file with who answered
 * when, each waiver with its file and line, and what {@code --strict} or {@code --no-*} set aside.
 */
public final class SourceNotes {

  /** What a note is about; its id names it in machine formats. */
  public enum Kind {
    CONFIG("config"), CHECKLIST("checklist"), ANSWERS("answers"), WAIVER("waiver"), SET_ASIDE("set-aside");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /**
   * One source.
   *
   * @param file the file it stands in, as the user knows it, or null (a whole run's mode)
   * @param line its line there, 0 for the whole file
   * @param changes whether it changed a verdict or the gate (an answer setting a status, an active
   *     waiver), which annotations show as a warning rather than a notice
   */
  public record Note(Kind kind, String file, int line, String text, boolean changes) {

    /** {@code plan.md:4}, or the file alone when the note is about all of it; null for a run's mode. */
    public String where() {
      return file == null ? null : line > 0 ? file + ":" + line : file;
    }
  }

  private final Messages m;

  /** A note as a Markdown line: {@code `plan.md:4`: waiver accepts …}. */
  public static String markdown(Note n) {
    return (n.where() == null ? "" : Markdown.code(n.where()) + ": ") + Markdown.text(n.text());
  }

  public SourceNotes(Messages m) {
    this.m = m;
  }

  /** The sources of the whole run: config, checklist files, and what was set aside for every plan. */
  public List<Note> ofRun(Sources s) {
    List<Note> notes = new ArrayList<>();
    if (s.strict()) {
      notes.add(new Note(Kind.SET_ASIDE, null, 0, m.get("sources.strict"), false));
    }
    if (s.config() != null) {
      notes.add(new Note(Kind.CONFIG, s.config(), 0, m.get("sources.config", s.configSettings().isEmpty()
          ? m.get("sources.config.nothing") : s.configSettings().stream().map(this::setting)
          .collect(Collectors.joining(", "))), !s.configSettings().isEmpty()));
    }
    if (s.skippedConfig() != null) {
      notes.add(new Note(Kind.SET_ASIDE, s.skippedConfig(), 0, m.get("sources.config.skipped"), false));
    }
    for (Sources.ChecklistFile c : s.checklists()) {
      notes.add(new Note(Kind.CHECKLIST, c.file(), 0, m.get("sources.checklist", c.id(), c.namedBy()), c.byConfig()));
    }
    for (Waiver w : s.skippedWaivers()) {
      notes.add(new Note(Kind.SET_ASIDE, w.declaredIn(), w.line(), m.get("sources.waiver.skipped", w.item(),
          s.waiversOff()), false));
    }
    return notes;
  }

  /** The sources of one plan: its answers file and the waivers on its items, or what of them was set aside. */
  public List<Note> ofPlan(Sources s, Run.Scored scored) {
    List<Note> notes = new ArrayList<>();
    String plan = scored.result().plan().path();
    AnswersUse answers = AnswersUse.of(scored);
    if (answers != null) {
      String when = answers.first().equals(answers.last()) ? answers.first() : answers.first() + " – " + answers.last();
      notes.add(new Note(Kind.ANSWERS, answers.file(), 0, m.get("sources.answers", String.valueOf(answers.answers()),
          String.join(", ", answers.by()), when, plan, String.valueOf(answers.changingStatus())),
          answers.changingStatus() > 0));
    }
    waivers(scored).forEach((w, item) -> notes.add(waiver(w, item, plan)));
    if (scored.skipped().answersFile() != null) {
      notes.add(new Note(Kind.SET_ASIDE, scored.skipped().answersFile(), 0, m.get("sources.answers.skipped", plan,
          s.answersOff()), false));
    }
    for (Waiver w : scored.skipped().waivers()) {
      notes.add(new Note(Kind.SET_ASIDE, w.declaredIn(), w.line(), m.get("sources.waiver.skipped", w.item(),
          s.waiversOff()), false));
    }
    return notes;
  }

  /** The waivers attached to the plan's items, each once however many checklists share its item. */
  private static Map<Waiver, ItemResult> waivers(Run.Scored scored) {
    Map<Waiver, ItemResult> waivers = new LinkedHashMap<>();
    scored.result().scores().forEach(c -> c.items().stream().filter(i -> i.waiver() != null)
        .forEach(i -> waivers.putIfAbsent(i.waiver(), i)));
    return waivers;
  }

  private Note waiver(Waiver w, ItemResult item, String plan) {
    if (!item.waiverActive()) {
      return new Note(Kind.WAIVER, w.declaredIn(), w.line(), m.get("sources.waiver.expired", w.item(), plan, w.until()),
          false);
    }
    String who = (w.owner() == null ? "" : ", " + m.get("report.waiver.by") + " " + w.owner())
        + (w.until() == null ? "" : ", " + m.get("report.waiver.until") + " " + w.until());
    return new Note(Kind.WAIVER, w.declaredIn(), w.line(), m.get("sources.waiver", w.item(), m.status(item.status()), plan,
        w.reason() + who), item.waived());
  }

  private String setting(Sources.ConfigSetting s) {
    return m.get("sources.config.setting", s.key(), String.valueOf(s.line()));
  }
}
