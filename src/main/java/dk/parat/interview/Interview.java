package dk.parat.interview;

import dk.parat.answers.Answer;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.Item;
import dk.parat.checklist.Status;
import dk.parat.files.InputFile;
import dk.parat.files.OutputFile;
import dk.parat.files.InputError;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanFormat;
import dk.parat.plan.PlanLoader;
import dk.parat.report.Messages;
import dk.parat.report.Printable;
import dk.parat.scoring.ItemResult;
import dk.parat.text.Lang;
import dk.parat.waiver.Waiver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * {@code parat interview}: the consultant and the project team walk the checklist item by item
 * at a terminal, see what parat found and why, and set the status where they know better. Works
 * on any JLine {@link Terminal}, so tests drive it through a dumb terminal on piped streams.
 * An open interview holds its answers file against other interviews until it is closed.
 */
public final class Interview implements AutoCloseable {

  /**
   * What an interview works on.
   *
   * @param plan the plan as read, its path as the user named it
   * @param planFile the plan's file, for drafting into it
   * @param answersName the answers file as the user knows it, for messages
   * @param waivers the config's waivers, so the live score is the one {@code parat check} shows
   * @param by who answers, recorded with every answer
   * @param history the file JLine keeps the typed lines in across sessions, or null for none
   * @param colour whether to colour the output (off for NO_COLOR and --no-color)
   */
  public record Setup(Plan plan, Path planFile, Path answersFile, String answersName, ChecklistSet checklists,
      List<Waiver> waivers, String by, Lang lang, Path history, boolean colour, Clock clock) {}

  private final Setup setup;
  private final Session session;
  private final Walk walk;
  private final InterviewView view;
  private final Messages m;
  private int at;

  private Screen screen;
  private LineReader reader;
  private org.jline.utils.Status statusBar;

  private Interview(Setup setup, Session session) {
    this.setup = setup;
    this.session = session;
    this.walk = Walk.of(setup.checklists());
    this.view = new InterviewView(walk, setup.lang());
    this.m = view.messages();
    this.at = walk.resume(session.answers());
  }

  /**
   * A terminal on plain streams, where no real one is: JLine's dumb terminal, for parat's tests
   * and PARAT_INTERVIEW_FORCE. It reads whole lines, as a terminal driver in cooked mode does,
   * and like such a driver it turns Ctrl-C (byte 3) into an interrupt; JLine's raw mode would
   * switch that off, and a dumb terminal has no key bindings to take its place.
   */
  public static Terminal streamTerminal(InputStream in, OutputStream out) throws IOException {
    DumbTerminal terminal = new DumbTerminal("parat", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8) {
      @Override
      public Attributes enterRawMode() {
        Attributes before = super.enterRawMode();
        setAttributes(withInterrupt(getAttributes()));
        return before;
      }
    };
    terminal.setAttributes(withInterrupt(terminal.getAttributes()));
    return terminal;
  }

  private static Attributes withInterrupt(Attributes attributes) {
    attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
    attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
    // The other signal keys are unset, and an unset key would match the end of the input (-1) and
    // raise its signal for ever instead of ending the interview: disable them (0), as POSIX does.
    attributes.setControlChar(Attributes.ControlChar.VQUIT, 0);
    attributes.setControlChar(Attributes.ControlChar.VSUSP, 0);
    attributes.setControlChar(Attributes.ControlChar.VSTATUS, 0);
    return attributes;
  }

  /**
   * Takes the plan's answers file, reads the answers so far and scores the plan; another
   * interview on the same answers, or a broken answers file, fails here, before any terminal opens.
   */
  public static Interview open(Setup setup) throws InputError {
    return new Interview(setup, Session.open(setup));
  }

  /** Lets the answers file go, for the next interview. */
  @Override
  public void close() {
    session.close();
  }

  /** Holds the conversation until the consultant leaves: {@code :quit}, Ctrl-D, or Ctrl-C confirmed. */
  public void run(Terminal terminal) throws IOException {
    this.screen = new Screen(terminal, setup.colour());
    DefaultParser parser = new DefaultParser();
    // Notes are free text: quotes and backslashes in them are the team's words, not shell syntax.
    parser.setQuoteChars(new char[0]);
    parser.setEscapeChars(new char[0]);
    LineReaderBuilder builder = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("parat")
        .parser(parser)
        .completer(new InterviewCompleter(walk, () -> at, setup.lang()))
        // "!" in a note ("Vigtigt!") must stay a "!", not recall history.
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
    if (setup.history() != null) {
      builder.variable(LineReader.HISTORY_FILE, setup.history());
    }
    reader = builder.build();
    statusBar = org.jline.utils.Status.getStatus(terminal);
    try {
      welcome();
      show();
      converse();
    } finally {
      // The terminal is the user's again: no status line left at its foot.
      statusBar.hide();
      statusBar.close();
    }
    screen.wrapped(Styles.PLAIN, m.get("interview.bye", session.answers().answers().size(), setup.answersName(),
        session.plan().path()), "  ");
  }

  private void converse() {
    while (true) {
      updateStatusBar();
      String line;
      try {
        line = reader.readLine(prompt());
      } catch (UserInterruptException e) {
        if (confirm(m.get("interview.leave"), true)) {
          return;
        }
        continue;
      } catch (EndOfFileException e) {
        return;
      }
      if (!handle(Command.parse(line))) {
        return;
      }
    }
  }

  /** Does what the consultant asked; false when they leave. */
  private boolean handle(Command command) {
    if (command instanceof Command.Quit) {
      return false;
    } else if (command instanceof Command.Help) {
      help();
    } else if (command instanceof Command.Skip) {
      move(Math.min(at + 1, walk.size()));
    } else if (command instanceof Command.Back) {
      if (at == 0) {
        screen.print(Styles.WARNING, m.get("interview.first"));
      } else {
        move(at - 1);
      }
    } else if (command instanceof Command.Goto g) {
      jump(g.item() == null ? OptionalInt.empty() : walk.find(g.item()), g.item() == null
          ? m.get("interview.usage.goto", walk.at(0).item().id()) : m.get("interview.unknownItem", g.item()));
    } else if (command instanceof Command.Chapter c) {
      jump(c.chapter() == null ? OptionalInt.empty() : walk.chapter(at, c.chapter()), c.chapter() == null
          ? m.get("interview.usage.chapter") : m.get("interview.unknownChapter", c.chapter(), chapterIds()));
    } else if (command instanceof Command.Score) {
      score();
    } else if (command instanceof Command.Unknown u) {
      screen.print(Styles.WARNING, m.get("interview.unknown", u.input()));
    } else if (atEnd()) {
      // Everything below works on the item on screen, and past the last item there is none.
      screen.print(Styles.WARNING, m.get("interview.noItem"));
    } else if (command instanceof Command.Explain) {
      Page page = screen.page();
      view.explain(page, at);
      screen.show(page);
    } else if (command instanceof Command.Draft) {
      draft();
    } else if (command instanceof Command.Note n) {
      note(n.text());
    } else if (command instanceof Command.Accept a) {
      answer(current().foundStatus(), a.note());
    } else if (command instanceof Command.SetStatus s) {
      answer(s.status(), s.note());
    }
    return true;
  }

  private void answer(Status status, String note) {
    ItemResult r = current();
    Item item = r.item().item();
    if (!status.fits(item.kind())) {
      screen.print(Styles.WARNING, m.get("interview.wrongKind", item.id(), m.kind(item.kind()), fitting(item)));
      return;
    }
    Answer saved;
    try {
      saved = session.answer(item.id(), status, note);
    } catch (IOException | InputError e) {
      saveFailed(e);
      return;
    }
    screen.print(Styles.ACCENT, "✔ " + m.get("interview.saved", item.id(), saved.status().id(), m.status(saved.status())));
    warnOfOutsideChanges();
    move(at + 1);
  }

  private void note(String given) {
    String text = given;
    if (text == null) {
      text = ask(m.get("interview.notePrompt"));
      if (text == null || text.isBlank()) {
        screen.print(Styles.FAINT, m.get("interview.noteEmpty"));
        return;
      }
    }
    String id = current().item().id();
    try {
      session.note(id, text.strip());
    } catch (IOException | InputError e) {
      saveFailed(e);
      return;
    }
    screen.print(Styles.ACCENT, "✔ " + m.get("interview.noteSaved", id));
    warnOfOutsideChanges();
    Page page = screen.page();
    view.answer(page, session.answer(current()));
    screen.show(page);
  }

  /** The answers file had changed behind the interview's back: its answers were kept, and the consultant is told. */
  private void warnOfOutsideChanges() {
    if (session.tookInOutsideChanges()) {
      screen.wrapped(Styles.WARNING, m.get("interview.changedOutside", setup.answersName(),
          session.answers().answers().size()), "  ");
    }
  }

  private void saveFailed(Exception e) {
    screen.print(Styles.ERROR, m.get("interview.saveFailed", setup.answersName(),
        e.getMessage()));
  }

  private void move(int to) {
    at = to;
    show();
  }

  private void jump(OptionalInt to, String otherwise) {
    if (to.isPresent()) {
      move(to.getAsInt());
    } else {
      screen.print(Styles.WARNING, otherwise);
    }
  }

  private boolean atEnd() {
    return at >= walk.size();
  }

  private ItemResult current() {
    return session.result(walk.at(at).item().id());
  }

  // ---- what the consultant sees, drawn by the view ----

  private void welcome() {
    Page page = screen.page();
    view.welcome(page, session.plan(), setup.checklists().checklists().stream().map(c -> c.id()).toList(),
        setup.answersName(), session.answers());
    screen.show(page);
  }

  private void show() {
    Page page = screen.page();
    if (atEnd()) {
      view.end(page, session.answers().answers().size());
    } else {
      ItemResult r = current();
      view.item(page, at, r, session.answer(r));
    }
    screen.show(page);
  }

  private String prompt() {
    return screen.render(new AttributedString((atEnd() ? "parat" : walk.at(at).item().id()) + " › ", Styles.BOLD));
  }

  /**
   * The line at the foot of a real terminal: plan, position, answers and the live score. A dumb
   * terminal has no such line; {@code :score} says the same there.
   */
  private void updateStatusBar() {
    String text = view.statusBar(session.plan().path(), at, session.answers().answers().size(),
        session.current().scores().get(0), screen.width());
    statusBar.update(List.of(new AttributedString(Printable.visible(text), setup.colour() ? AttributedStyle.INVERSE : AttributedStyle.DEFAULT)));
  }

  private void score() {
    Page page = screen.page();
    view.score(page, session.own().scores(), session.current().scores(), session::answer);
    screen.show(page);
  }

  private void help() {
    Page page = screen.page();
    view.help(page);
    screen.show(page);
  }

  // ---- drafting ----

  private void draft() {
    ItemResult r = current();
    Plan plan = session.plan();
    if (!r.status().isGap()) {
      screen.print(Styles.WARNING, m.get("interview.draft.notGap", r.item().id(), r.status().id()));
      return;
    }
    if (plan.format() != PlanFormat.MARKDOWN) {
      screen.wrapped(Styles.WARNING, m.get("interview.draft.notMarkdown", plan.path(), plan.format().id()), "  ");
      return;
    }
    String text;
    try {
      Plan onDisk = PlanLoader.standard().load(setup.planFile(), plan.path());
      if (!onDisk.digest().equals(plan.digest())) {
        screen.wrapped(Styles.WARNING, m.get("interview.draft.changed", plan.path()), "  ");
        return;
      }
      text = InputFile.readText(setup.planFile(), plan.path(), PlanLoader.MAX_BYTES, "plans");
    } catch (InputError | IOException e) {
      screen.wrapped(Styles.WARNING, m.get("interview.draft.unreadable", plan.path(), e.getMessage()), "  ");
      return;
    }
    LocalDateTime now = LocalDateTime.now(setup.clock());
    Drafter.Draft draft = Drafter.propose(plan, text, r, setup.checklists(), m, setup.by(), now);
    screen.blank();
    screen.wrapped(Styles.PLAIN, draft.under().isEmpty() ? m.get("interview.draft.atEnd")
        : m.get("interview.draft.where", String.join(" › ", draft.under()), draft.afterLine()), "  ");
    draft.text().lines().forEach(l -> screen.print(Styles.ACCENT, "  │ " + l));
    Path backup = Drafter.backup(setup.planFile(), now);
    if (!confirm(m.get("interview.draft.confirm", plan.path(), backup.getFileName()), false)) {
      screen.print(Styles.FAINT, m.get("interview.draft.cancelled"));
      return;
    }
    try {
      Files.copy(setup.planFile(), backup, StandardCopyOption.COPY_ATTRIBUTES);
      String drafted = Drafter.insert(text, draft);
      OutputFile.named(setup.planFile(), plan.path()).write(out -> out.write(drafted));
      session.replan(PlanLoader.standard().load(setup.planFile(), plan.path()));
    } catch (IOException | InputError e) {
      screen.print(Styles.ERROR, m.get("interview.draft.failed", e.getMessage()));
      return;
    }
    screen.wrapped(Styles.ACCENT, "✔ " + m.get("interview.draft.done", plan.path(), backup.getFileName()), "  ");
  }

  // ---- questions back to the consultant ----

  /** Asks yes or no. @param ifInterrupted the answer Ctrl-C or Ctrl-D give: a second Ctrl-C does leave */
  private boolean confirm(String question, boolean ifInterrupted) {
    screen.wrapped(Styles.PLAIN, question, "  ");
    String reply = ask(m.get("interview.yesNo"));
    if (reply == null) {
      return ifInterrupted;
    }
    return Arrays.asList(m.get("interview.yes").split(",")).contains(reply.strip().toLowerCase(Locale.ROOT));
  }

  /** One line of text outside the history: a yes or a note is no command to recall. Null for Ctrl-C or Ctrl-D. */
  private String ask(String question) {
    reader.variable(LineReader.DISABLE_HISTORY, true);
    try {
      return reader.readLine(question);
    } catch (UserInterruptException | EndOfFileException e) {
      return null;
    } finally {
      reader.variable(LineReader.DISABLE_HISTORY, false);
    }
  }

  private String fitting(Item item) {
    return Arrays.stream(Status.values()).filter(s -> s.fits(item.kind())).map(Status::id).collect(Collectors.joining(", "));
  }

  private String chapterIds() {
    return walk.at(Math.min(at, walk.size() - 1)).checklist().checklist().chapters().stream().map(c -> c.id())
        .collect(Collectors.joining(", "));
  }
}
