package dk.parat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's example outputs are real: every {@code <!-- run: parat … -->} block holds what
 * that command prints now. Regenerate them with
 * {@code ./mvnw test -Dtest=ReadmeTest -Dparat.readme.update=true}.
 */
class ReadmeTest {

  private static final Path README = Path.of("README.md");
  private static final Pattern BLOCK = Pattern.compile("<!-- run: (.+?) -->\\n```text\\n(.*?)```", Pattern.DOTALL);

  @Test
  void every_output_block_shows_what_its_command_prints() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(readme);
    StringBuilder updated = new StringBuilder();
    List<String> stale = new ArrayList<>();
    int blocks = 0;
    while (m.find()) {
      blocks++;
      String output = run(m.group(1));
      if (!output.equals(m.group(2))) {
        stale.add(m.group(1));
      }
      m.appendReplacement(updated, Matcher.quoteReplacement("<!-- run: " + m.group(1) + " -->\n```text\n" + output + "```"));
    }
    m.appendTail(updated);
    assertThat(blocks).isGreaterThan(5);
    if (Boolean.getBoolean("parat.readme.update")) {
      Files.writeString(README, updated.toString(), StandardCharsets.UTF_8);
      return;
    }
    assertThat(stale).as("README output blocks are stale; regenerate with "
        + "./mvnw test -Dtest=ReadmeTest -Dparat.readme.update=true").isEmpty();
  }

  /** Runs "parat ARGS [| head -N | tail -N | grep -E RE]" in-process. */
  static String run(String command) {
    String[] stages = command.split(" \\| ");
    List<String> args = ShellWords.split(stages[0]);
    assertThat(args.get(0)).isEqualTo("parat");
    String out = Cli.run(args.subList(1, args.size()).toArray(String[]::new)).out();
    for (int i = 1; i < stages.length; i++) {
      List<String> filter = ShellWords.split(stages[i]);
      List<String> lines = out.lines().toList();
      lines = switch (filter.get(0)) {
        case "head" -> lines.subList(0, Math.min(lines.size(), Integer.parseInt(filter.get(1).substring(1))));
        case "tail" -> lines.subList(Math.max(0, lines.size() - Integer.parseInt(filter.get(1).substring(1))), lines.size());
        case "grep" -> lines.stream().filter(Pattern.compile(filter.get(filter.size() - 1)).asPredicate()).toList();
        default -> throw new AssertionError("unknown filter " + stages[i]);
      };
      out = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
    return out;
  }
}
