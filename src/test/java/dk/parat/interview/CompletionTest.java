package dk.parat.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.TestChecklists;
import dk.parat.text.Lang;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab completes commands, the statuses that fit the item on screen, item ids and chapters. */
class CompletionTest {

  private final AtomicInteger position = new AtomicInteger();

  private List<String> complete(String typed) throws Exception {
    InterviewCompleter completer = new InterviewCompleter(Walk.of(TestChecklists.mini()), position::get, Lang.EN);
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(null, new DefaultParser().parse(typed, typed.length(), Parser.ParseContext.COMPLETE), candidates);
    return candidates.stream().map(c -> c.value() + (c.descr() == null ? "" : " = " + c.descr())).toList();
  }

  @Test
  void the_first_word_completes_to_commands_and_the_statuses_of_the_items_kind() throws Exception {
    assertThat(complete("")).contains(":goto", ":chapter", ":score", ":explain", ":draft", ":help", ":quit", "accept",
        "note", "skip", "back", "covered", "partial", "missing", "not-applicable").doesNotContain("guarded");
    position.set(1);
    assertThat(complete("")).contains("guarded", "unclear", "exposed", "not-applicable").doesNotContain("covered");
  }

  @Test
  void goto_completes_item_ids_with_their_titles_and_chapter_the_chapters() throws Exception {
    assertThat(complete(":goto MI")).containsExactly("MINI-I1 = Everyone knows their role",
        "MINI-P1 = Everything at once", "MINI-I2 = Support");
    assertThat(complete(":chapter ")).containsExactly("1 = Roles", "2 = Rollout");
    assertThat(complete("n some note ")).isEmpty();
  }

  @Test
  void tab_completes_in_a_terminal_with_key_bindings(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.md");
    Files.writeString(plan, "# Plan\n\nSuperbrugere udpeges.\n");
    // The dumb terminal reads whole lines; a terminal type with key bindings runs the completion widgets.
    String shown = ScriptedTerminal.run((in, out) -> {
      DumbTerminal terminal = new DumbTerminal("parat", "ansi", in, out, StandardCharsets.UTF_8);
      terminal.setSize(new Size(100, 40));
      return terminal;
    }, ScriptedTerminal.mini(plan), ":got\tMINI-P\t", "gua\t");
    assertThat(shown).contains("✔ saved: MINI-P1 guarded (guarded)");
  }
}
