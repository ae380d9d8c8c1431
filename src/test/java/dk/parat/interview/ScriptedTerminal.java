package dk.parat.interview;

import dk.parat.TestChecklists;
import dk.parat.checklist.ChecklistSet;
import dk.parat.plan.PlanLoader;
import dk.parat.text.Lang;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;

/**
 * Drives an interview through JLine as a person at a terminal does: a typist waits for each
 * prompt, types the next line of the script, and the screen shows it as a terminal echoes what
 * is typed. What comes back is the whole session as the person saw it.
 */
final class ScriptedTerminal {

  /** Typed as Ctrl-C: the byte a terminal sends, shown as a terminal shows it. */
  static final String CTRL_C = "^C";
  /** Ctrl-D on an empty line: the terminal driver ends the input. */
  static final String CTRL_D = "^D";

  /** The clock of every scripted interview, so answers carry a known time. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T09:15:30Z"), ZoneOffset.ofHours(1));

  private static final long PROMPT_TIMEOUT_MS = 20_000;

  private ScriptedTerminal() {}

  /** How a test makes the terminal the interview runs on, from the typist's keyboard and the screen. */
  @FunctionalInterface
  interface TerminalFactory {
    Terminal open(InputStream keyboard, OutputStream screen) throws IOException;
  }

  static Interview.Setup setup(Path plan, ChecklistSet checklists, Lang lang, Path history) throws Exception {
    return new Interview.Setup(PlanLoader.standard().load(plan, plan.toString()), plan,
        plan.resolveSibling(plan.getFileName() + ".parat.yaml"), plan.getFileName() + ".parat.yaml", checklists,
        List.of(), "mette", lang, history, false, CLOCK);
  }

  static Interview.Setup mini(Path plan) throws Exception {
    return setup(plan, TestChecklists.mini(), Lang.EN, plan.resolveSibling("history"));
  }

  /** Runs a whole interview on the script, then ends the input, and returns the session as the person saw it. */
  static String run(Interview.Setup setup, String... script) throws Exception {
    return run(Interview::streamTerminal, setup, script);
  }

  static String run(TerminalFactory terminals, Interview.Setup setup, String... script) throws Exception {
    Keyboard keyboard = new Keyboard();
    Screen screen = new Screen();
    Interview interview = Interview.open(setup);
    CompletableFuture<Void> session = CompletableFuture.runAsync(() -> {
      try (interview; Terminal terminal = terminals.open(keyboard, screen)) {
        interview.run(terminal);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    for (String line : script) {
      awaitPrompt(screen, session);
      // A terminal echoes what is typed; the dumb terminal does not, so the typist does.
      screen.echo(line + "\n");
      switch (line) {
        case CTRL_C -> keyboard.type("\u0003");
        case CTRL_D -> keyboard.close();
        default -> keyboard.type(line + "\n");
      }
    }
    keyboard.close();
    try {
      session.get(PROMPT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the interview did not end with its input:\n" + screen.text(), e);
    }
    return screen.text();
  }

  private static void awaitPrompt(Screen screen, CompletableFuture<Void> session) throws Exception {
    long deadline = System.currentTimeMillis() + PROMPT_TIMEOUT_MS;
    while (!screen.prompting()) {
      if (session.isDone()) {
        session.get();
        throw new AssertionError("the interview ended before the script did:\n" + screen.text());
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("no prompt came:\n" + screen.text());
      }
      Thread.sleep(5);
    }
  }

  /** Keys as they are typed: reads block until the typist types, as at a terminal. */
  static final class Keyboard extends InputStream {
    private static final int END = -1;
    private final LinkedBlockingQueue<Integer> keys = new LinkedBlockingQueue<>();
    private boolean ended;

    void type(String text) {
      for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
        keys.add(b & 0xFF);
      }
    }

    @Override
    public int read() throws IOException {
      if (ended) {
        return END;
      }
      try {
        int key = keys.take();
        ended = key == END;
        return key;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException();
      }
    }

    @Override
    public void close() {
      keys.add(END);
    }
  }

  /** What the terminal shows; the typist knows a prompt by the text it ends with. */
  static final class Screen extends OutputStream {
    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
    private int seenUpTo;

    @Override
    public synchronized void write(int b) {
      shown.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      shown.write(b, off, len);
    }

    synchronized void echo(String typed) {
      shown.writeBytes(typed.getBytes(StandardCharsets.UTF_8));
      seenUpTo = shown.size();
    }

    /** Whether something new ends in a prompt: the item's ("MINI-I1 › "), a note's, or a question ("[y/N] "). */
    synchronized boolean prompting() {
      String text = text();
      return shown.size() > seenUpTo && (text.endsWith("› ") || text.endsWith("] "));
    }

    synchronized String text() {
      return shown.toString(StandardCharsets.UTF_8);
    }
  }
}
