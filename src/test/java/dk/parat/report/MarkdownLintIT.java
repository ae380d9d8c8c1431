package dk.parat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every Markdown report kept in examples/ passes markdownlint-cli2 with its default rules, line
 * length aside (examples/reports/.markdownlint-cli2.jsonc). .ci/run installs the tool from the
 * lockfile in .ci/npm; where it is missing this test is skipped and says so, and in CI it fails.
 */
class MarkdownLintIT {

  private static final Path TOOL = Path.of(".ci/npm/node_modules/.bin/markdownlint-cli2");

  @Test
  void every_markdown_report_in_examples_passes_markdownlint() throws Exception {
    if ("true".equals(System.getenv("CI"))) {
      assertThat(TOOL).as("CI must install markdownlint-cli2 (.ci/run runs npm ci in .ci/npm)").isExecutable();
    }
    assumeTrue(Files.isExecutable(TOOL), "markdownlint-cli2 is not installed (" + TOOL + "): the example reports were "
        + "not linted. Run 'npm ci' in .ci/npm, as .ci/run does.");
    Process lint = new ProcessBuilder(TOOL.toString(), "examples/reports/**/*.md").redirectErrorStream(true).start();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(output).as(output).containsPattern("Linting: [1-9]\\d* file\\(s\\)").contains("Summary: 0 error(s)");
    assertThat(lint.exitValue()).as(output).isZero();
  }
}
