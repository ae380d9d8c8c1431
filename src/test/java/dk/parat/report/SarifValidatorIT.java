package dk.parat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SARIF of every example passes Microsoft's SARIF multitool, an independent validator that
 * .ci/run installs from the npm registry and names in SARIF_MULTITOOL. In CI it must be there.
 */
class SarifValidatorIT {

  static Stream<Path> examples() throws Exception {
    return Files.list(Path.of("examples")).filter(Files::isRegularFile)
        .filter(p -> p.toString().matches(".*\\.(md|yaml|txt|docx|pdf)$")).sorted();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void the_sarif_of_every_example_passes_the_multitool(Path plan, @TempDir Path dir) throws Exception {
    String tool = System.getenv("SARIF_MULTITOOL");
    if ("true".equals(System.getenv("CI"))) {
      assertThat(tool).as("CI must provide the SARIF multitool (.ci/run installs it)").isNotBlank();
    }
    assumeTrue(tool != null && !tool.isBlank(), "SARIF_MULTITOOL is not set; .ci/run installs it");
    Path sarif = dir.resolve("parat.sarif");
    Process parat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", "target/parat.jar", "check", "--all", "--fail-on", "never", "-f", "sarif", "-o", sarif.toString(),
        plan.toString()).redirectErrorStream(true).start();
    parat.getInputStream().readAllBytes();
    assertThat(parat.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(parat.exitValue()).isZero();
    Process validate = new ProcessBuilder(List.of(tool, "validate", sarif.toString())).redirectErrorStream(true).start();
    String output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(validate.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(validate.exitValue()).as(output).isZero();
    assertThat(output).as(output).doesNotContainPattern(": error [A-Z]+\\d+").contains("Analysis completed successfully");
  }
}
