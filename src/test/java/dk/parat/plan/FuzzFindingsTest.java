package dk.parat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input fuzzing found a bug with, kept under {@code ReadersFuzzTestInputs/TARGET/} with a
 * name that says what it is, run through the command line as the file a user would have: a
 * report, or exit 2 and one line naming the file; never a bug's exit 3.
 */
class FuzzFindingsTest {

  private static final Path FINDINGS = Path.of("src/test/resources/dk/parat/fuzz/ReadersFuzzTestInputs");
  private static final List<String> TEXT_FORMATS = List.of("plan.md", "plan.txt", "plan.yaml");

  static Stream<Path> findings() throws IOException {
    try (Stream<Path> files = Files.walk(FINDINGS)) {
      return files.filter(Files::isRegularFile).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("findings")
  void ends_in_a_report_or_one_line_naming_the_file(Path finding, @TempDir Path dir) throws IOException {
    byte[] input = Files.readAllBytes(finding);
    String target = finding.getParent().getFileName().toString();
    byte[] rest = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
    String named;
    Cli.Result r;
    Files.copy(Path.of("examples/talegenkendelse-myndighed.md"), dir.resolve("good.md"));
    switch (target) {
      case "wordPlans", "pdfPlans" -> {
        named = "plan" + (target.equals("wordPlans") ? ".docx" : ".pdf");
        Files.write(dir.resolve(named), input);
        r = Cli.runIn(dir, Map.of(), "check", named);
      }
      case "textPlans" -> {
        named = TEXT_FORMATS.get((input[0] & 0xFF) % TEXT_FORMATS.size());
        Files.write(dir.resolve(named), rest);
        r = Cli.runIn(dir, Map.of(), "check", named);
      }
      default -> {
        named = List.of("checklist.yaml", ".parat.yaml", "good.md.parat.yaml").get((input[0] & 0xFF) % 3);
        Files.write(dir.resolve(named), rest);
        r = named.equals("checklist.yaml") ? Cli.runIn(dir, Map.of(), "check", "-c", dir.resolve(named).toString(), "good.md")
            : Cli.runIn(dir, Map.of(), "check", "good.md");
      }
    }
    assertThat(r.exit()).as(r.err()).isIn(ExitCode.OK, ExitCode.GATE_FAILED, ExitCode.USAGE);
    if (r.exit() == ExitCode.USAGE) {
      assertThat(r.err()).startsWith("parat: ").contains(named).doesNotContain("\tat ");
    }
  }
}
