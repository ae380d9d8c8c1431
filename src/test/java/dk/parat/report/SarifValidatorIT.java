package dk.parat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.parat.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SARIF of every example passes Microsoft's SARIF multitool, an independent validator that
 * .ci/run installs from the npm registry and names in SARIF_MULTITOOL. In CI it must be there.
 * The reports are written first and validated in one run of the tool, which would otherwise
 * start once per example. One more plan has an answers file and a config with a waiver, so that
 * the run's properties and a suppression's location are validated too.
 */
class SarifValidatorIT {

  @TempDir
  static Path dir;

  private static int exit;
  private static String output;

  static Stream<Path> examples() throws Exception {
    return Files.list(Path.of("examples")).filter(Files::isRegularFile)
        .filter(p -> p.toString().matches(".*\\.(md|yaml|txt|docx|pdf)$")).sorted();
  }

  private static Path sarif(Path plan) {
    return dir.resolve(plan.getFileName() + ".sarif");
  }

  /** A plan whose SARIF names an answers file and a waiver from a config beside it. */
  private static Path withSources() throws Exception {
    Path plans = Files.createDirectories(dir.resolve("sources"));
    Path plan = Files.copy(Path.of("examples/talegenkendelse-myndighed.md"), plans.resolve("plan.md"));
    Files.writeString(plans.resolve(".parat.yaml"), "waivers:\n  - {item: BI-4-P4, reason: Accepteret, owner: Ole}\n");
    Files.writeString(plans.resolve("plan.md.parat.yaml"), "parat_answers: 1\nanswers:\n"
        + "  - {item: BI-1-I1, status: missing, by: Mette, at: '2025-03-04T10:15:30+01:00'}\n");
    return plan;
  }

  @BeforeAll
  static void write_and_validate_every_examples_sarif() throws Exception {
    String tool = System.getenv("SARIF_MULTITOOL");
    if ("true".equals(System.getenv("CI"))) {
      assertThat(tool).as("CI must provide the SARIF multitool (.ci/run installs it)").isNotBlank();
    }
    if (tool == null || tool.isBlank()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of(tool, "validate"));
    for (Path plan : examples().toList()) {
      Cli.Result parat = Cli.run("check", "--all", "--fail-on", "never", "-f", "sarif", "-o", sarif(plan).toString(),
          plan.toString());
      assertThat(parat.exit()).as(plan + ": " + parat.err()).isZero();
      command.add(sarif(plan).toString());
    }
    Path plan = withSources();
    Cli.Result parat = Cli.runIn(plan.getParent(), java.util.Map.of(), "check", "-f", "sarif", "-o",
        sarif(plan).toString(), "plan.md");
    assertThat(parat.exit()).as(parat.err()).isZero();
    assertThat(Files.readString(sarif(plan))).contains("\"paratSources\"").contains("\"suppressions\"")
        .contains("plan.md.parat.yaml");
    command.add(sarif(plan).toString());
    Process validate = new ProcessBuilder(command).redirectErrorStream(true).start();
    output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(validate.waitFor(120, TimeUnit.SECONDS)).isTrue();
    exit = validate.exitValue();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void the_sarif_of_every_example_passes_the_multitool(Path plan) {
    assumeTrue(output != null, "SARIF_MULTITOOL is not set; .ci/run installs it");
    assertThat(sarif(plan)).isNotEmptyFile();
    assertThat(exit).as(output).isZero();
    assertThat(output).as(output).doesNotContainPattern(": error [A-Z]+\\d+").contains("Analysis completed successfully");
  }
}
