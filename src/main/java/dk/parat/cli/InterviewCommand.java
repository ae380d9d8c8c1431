package dk.parat.cli;

import dk.parat.answers.AnswersFile;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.config.EffectiveConfig;
import dk.parat.config.Settings;
import dk.parat.interview.Interview;
import dk.parat.interview.NativeLibrary;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanLoader;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.WriterOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parat interview}: the consultant's session with a project team, at a terminal. */
@Command(
    name = "interview",
    mixinStandardHelpOptions = true,
    description = {"Walk a plan's checklist with the project team at a terminal: see what parat found and why, "
        + "set the status where the team knows better, and note what was said.",
        "Every answer is saved at once beside the plan (<plan>.parat.yaml), and 'parat check' reports with it. "
            + "Reopening the interview goes on where it stopped. Inside, :help lists the keys."},
    footer = {"", "Examples:",
        "  parat interview examples/skaermbesoeg-hjemmeplejen.md",
        "  parat interview --checklist lead-implementering --by \"Mette Holm\" plan.md",
        "", "Exit codes: 0 the interview ended, 2 usage or input error (no terminal, CI, bad plan or answers file), "
            + "3 internal error."})
final class InterviewCommand extends BaseCommand {

  /**
   * For parat's own tests only: set to 1, the interview runs on the plain standard streams
   * through JLine's dumb terminal, where it would otherwise refuse to run without a terminal.
   */
  static final String FORCE = "PARAT_INTERVIEW_FORCE";

  @Parameters(paramLabel = "PLAN", description = "The plan: Markdown (.md), YAML (.yaml), plain text (.txt), "
      + "Word (.docx) or PDF (.pdf); :draft writes into Markdown plans.")
  Path plan;

  @Mixin
  ChecklistOptions checklistOptions;

  @Option(names = "--answers", paramLabel = "FILE",
      description = "Where the answers are kept. Default: <plan>.parat.yaml beside the plan.")
  Path answers;

  @Option(names = "--by", paramLabel = "NAME", description = "Who answers, recorded with every answer. Default: the user name.")
  String by;

  @Option(names = {"-l", "--lang"}, paramLabel = "da|en", completionCandidates = Languages.Codes.class,
      description = "Language of the checklist and the interview. Default: the plan's declared language, else Danish.")
  String lang;

  @Option(names = "--history", paramLabel = "FILE",
      description = "The typed lines, kept across sessions. Default: $PARAT_HISTORY, else ~/.parat/history.")
  Path history;

  @Option(names = "--no-color", description = "No colour (the NO_COLOR variable does the same).")
  boolean noColor;

  @Override
  public Integer call() throws Exception {
    boolean forced = "1".equals(io().env(FORCE));
    if (!forced) {
      refuseWithoutTerminal();
    }
    EffectiveConfig config = RunSettings.resolve(io(), new GateOptions(), checklistOptions, OutputChoices.NONE,
        List.of(plan));
    Path planFile = io().workingDir().resolve(plan);
    Plan read = PlanLoader.standard().load(planFile, plan.toString());
    read.warnings().forEach(w -> io().err().println("parat: " + w));
    try (Interview interview = Interview.open(new Interview.Setup(read, planFile,
        answers == null ? AnswersFile.besidePlan(planFile) : io().workingDir().resolve(answers),
        (answers == null ? AnswersFile.besidePlan(plan) : answers).toString(),
        ChecklistLoader.load(config.value(Settings.CHECKLISTS)), config.value(Settings.WAIVERS), who(),
        OutputOptions.language(lang != null ? lang : config.value(Settings.LANG), read.context().language()),
        historyFile(), !noColor && blank(io().env("NO_COLOR")), Clock.systemDefaultZone()));
        Terminal terminal = terminal(forced)) {
      interview.run(terminal);
    }
    return ExitCode.OK;
  }

  /** An interview is a conversation: in a pipe or in CI nobody is there to answer. */
  private void refuseWithoutTerminal() {
    String ci = io().env("CI");
    if (!blank(ci) && !ci.equalsIgnoreCase("false") && !ci.equals("0")) {
      throw new UserError("interview is a conversation at a terminal and does not run in CI (CI=" + ci
          + "); for a report use 'parat check " + plan + "'");
    }
    if (!interactive()) {
      throw new UserError("interview needs a terminal: standard input and output must both be one, not a pipe or "
          + "a file; for a report without the conversation use 'parat check " + plan + "'");
    }
  }

  /** Whether standard input and output are both a terminal. */
  private static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // From Java 22 there is a console on redirected streams too, and only it knows whether it is a terminal.
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      // Up to Java 21 there is a console only when both streams are a terminal.
      return true;
    }
  }

  private Terminal terminal(boolean forced) throws IOException {
    if (forced) {
      return Interview.streamTerminal(io().in(), new WriterOutputStream(terminal().out(), StandardCharsets.UTF_8));
    }
    NativeLibrary.useFrom(cacheFolder());
    // Ctrl-C while parat works between two questions is ignored; at the prompt it asks before leaving.
    return TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8)
        .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
  }

  private String who() {
    for (String name : new String[] {by, io().env("USER"), io().env("USERNAME"), System.getProperty("user.name")}) {
      if (!blank(name)) {
        return name.strip();
      }
    }
    return "unknown";
  }

  /** The user's cache: $XDG_CACHE_HOME/parat, else the system's place for caches. */
  private Path cacheFolder() {
    String xdg = io().env("XDG_CACHE_HOME");
    if (!blank(xdg)) {
      return Path.of(xdg, "parat");
    }
    String local = io().env("LOCALAPPDATA");
    if (!blank(local)) {
      return Path.of(local, "parat");
    }
    Path home = Path.of(System.getProperty("user.home"));
    return System.getProperty("os.name").startsWith("Mac") ? home.resolve("Library/Caches/parat")
        : home.resolve(".cache/parat");
  }

  private Path historyFile() {
    if (history != null) {
      return io().workingDir().resolve(history);
    }
    String fromEnv = io().env("PARAT_HISTORY");
    return blank(fromEnv) ? Path.of(System.getProperty("user.home"), ".parat", "history") : Path.of(fromEnv);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
