package dk.parat.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.checklist.Status;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** Colour only where the terminal has it and NO_COLOR does not forbid it; lines fitted to the width. */
class ScreenTest {

  private static Terminal terminal(String type) throws Exception {
    return new DumbTerminal("t", type, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        StandardCharsets.UTF_8);
  }

  @Test
  void a_colour_terminal_gets_colour_unless_it_is_switched_off() throws Exception {
    AttributedString status = new AttributedString("exposed", Styles.of(Status.EXPOSED));
    try (Terminal colourful = terminal("xterm-256color")) {
      assertThat(new Screen(colourful, true).render(status)).contains("\u001b[").contains("exposed");
      assertThat(new Screen(colourful, false).render(status)).isEqualTo("exposed");
    }
    try (Terminal dumb = terminal(Terminal.TYPE_DUMB)) {
      assertThat(new Screen(dumb, true).render(status)).isEqualTo("exposed");
    }
  }

  @Test
  void text_wraps_at_word_breaks_keeping_its_indent() {
    assertThat(Page.wrap("  - Hvem har ansvaret for træningen af superbrugerne?", 24, "    "))
        .containsExactly("  - Hvem har ansvaret", "    for træningen af", "    superbrugerne?");
    assertThat(Page.wrap("a\u00A0accept · s\u00A0skip", 10, "  ")).containsExactly("a\u00A0accept ·", "  s\u00A0skip");
    assertThat(Page.fit("Kapitel 1: Problemet først", 12)).isEqualTo("Kapitel 1: …");
  }
}
