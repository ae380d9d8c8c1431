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
 * start once per example.
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
