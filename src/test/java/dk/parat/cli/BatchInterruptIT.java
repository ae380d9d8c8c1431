package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch interrupted with Ctrl-C (SIGINT) as a process: it leaves no temporary file behind and
 * the previous run's four files as they were (issue 12, finding 11).
 */
class BatchInterruptIT {

  private static final List<String> FILES = List.of("portfolio.csv", "items.csv", "portfolio.ndjson", "portfolio.md");

  @Test
  void ctrl_c_leaves_the_previous_set_and_no_temporary_file(@TempDir Path dir) throws Exception {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    String plan = Files.readString(Path.of("examples/skaermbesoeg-hjemmeplejen.md"));
    for (int i = 0; i < 400; i++) {
      Files.writeString(plans.resolve("plan-" + i + ".md"), plan);
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    for (String f : FILES) {
      Files.writeString(out.resolve(f), "previous run");
    }
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        Path.of("target/parat.jar").toAbsolutePath().toString(), "batch", "-q", "--threads", "1", "--output-dir", "out",
        "plans").directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    try {
      long deadline = System.currentTimeMillis() + 60_000;
      while (BatchOutputsTest.listing(out).stream().noneMatch(n -> n.endsWith(".parat-tmp"))) {
        assertThat(p.isAlive()).as("the batch ended before it was interrupted").isTrue();
        assertThat(System.currentTimeMillis()).isLessThan(deadline);
        Thread.sleep(20);
      }
      assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor()).isZero();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(BatchOutputsTest.listing(out)).containsExactlyInAnyOrderElementsOf(FILES);
    for (String f : FILES) {
      assertThat(Files.readString(out.resolve(f))).as(f).isEqualTo("previous run");
    }
  }
}
