package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.parat.Cli;
import dk.parat.TestChecklists;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan's text, a file name or a checklist can hold terminal escapes (set the window title,
 * clear the screen) and other control bytes. parat shows them as codes ({@code \u001b}) in
 * everything a terminal may show, and leaves the characters XML cannot hold out of JUnit and SARIF.
 */
class ControlCharactersTest {

  private static final String MINI = TestChecklists.MINI.toAbsolutePath().toString();
  /** Sets the terminal's title, rings the bell, clears the screen; a C1 control and a bidi override for good measure. */
  private static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e";

  @TempDir
  Path dir;

  private Path plan() throws Exception {
    Path plan = dir.resolve("plan.md");
    Files.writeString(plan, "---\ntitle: \"Plan " + "\\e]0;pwned\\a\\e[2J\\x9b31m\\u202e" + "\"\n---\n# Plan\n\n"
        + "Løsningen tages i brug i hele kommunen" + HOSTILE + " på én gang.\n");
    return plan;
  }

  private static void noControls(String format, String text) {
    assertThat(text).as(format).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b")
        .doesNotContain("\u202e");
  }

  @Test
  void text_formats_show_control_characters_as_codes() throws Exception {
    Path plan = plan();
    for (String format : List.of("markdown", "html", "csv", "github", "json", "sarif", "junit")) {
      Cli.Result r = Cli.runIn(dir, Map.of(), "check", "-c", MINI, "-f", format, "plan.md");
      assertThat(r.exit()).as(format + ": " + r.err()).isZero();
      noControls(format, r.out());
    }
    Cli.Result md = Cli.runIn(dir, Map.of(), "check", "-c", MINI, "plan.md");
    assertThat(md.out()).contains("Plan \\\\u001b\\]0;pwned\\\\u0007\\\\u001b\\[2J\\\\u009b31m\\\\u202e");
    assertThat(Cli.runIn(dir, Map.of(), "check", "-c", MINI, "-f", "csv", "plan.md").out())
        .contains("kommunen\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202e på én gang.");
    Path out = dir.resolve("reports");
    Cli.runIn(dir, Map.of(), "check", "-c", MINI, "-f", "markdown,csv,github", "--output-dir", "reports", "plan.md");
    for (String file : List.of("plan.report.md", "parat.csv", "parat-github.txt")) {
      noControls(file, Files.readString(out.resolve(file)));
    }
  }

  @Test
  void junit_and_sarif_stay_well_formed() throws Exception {
    plan();
    Cli.Result junit = Cli.runIn(dir, Map.of(), "check", "-c", MINI, "-f", "junit", "plan.md");
    assertThat(junit.exit()).as(junit.err()).isZero();
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(junit.out()).contains("kommunen]0;pwned[2J\\u009b31m\\u202e på én gang.");
    Cli.Result sarif = Cli.runIn(dir, Map.of(), "check", "-c", MINI, "-f", "sarif", "plan.md");
    String message = "";
    for (var result : new ObjectMapper().readTree(sarif.out()).at("/runs/0/results")) {
      message += result.at("/message/text").asText();
    }
    assertThat(message).contains("kommunen]0;pwned[2J\\u009b31m\\u202e på én gang.");
    noControls("sarif message", message);
  }

  @Test
  void messages_on_standard_error_show_control_characters_as_codes() throws Exception {
    Files.writeString(dir.resolve("bad" + HOSTILE + ".md"), "---\nphase: \"" + "\\e[2J" + "\"\n---\n# Plan\n");
    Cli.Result r = Cli.runIn(dir, Map.of(), "check", "-c", MINI, "bad" + HOSTILE + ".md");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    noControls("stderr", r.err());
    assertThat(r.err()).contains("bad\\u001b]0;pwned\\u0007").contains("phase '\\u001b[2J' is not one parat knows");
    Cli.Result unknown = Cli.run("check", "--fail-on", "exposed" + HOSTILE, "plan.md");
    noControls("stderr", unknown.err());
    Cli.Result option = Cli.run("check", "--bogus" + HOSTILE, "plan.md");
    assertThat(option.exit()).isEqualTo(ExitCode.USAGE);
    noControls("stderr", option.err());
  }
}
