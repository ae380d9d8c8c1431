package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.parat.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that report no size or never end (issue 12, finding 7): pipes and devices, named or
 * behind a link a pull request can commit, are refused at once with the file named; a file
 * larger than the limit is refused by the bytes read.
 */
class BoundedInputTest {

  private static final Duration AT_ONCE = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  @BeforeEach
  void plan() throws IOException {
    Files.copy(Path.of("examples/talegenkendelse-myndighed.md"), dir.resolve("plan.md"));
  }

  private Cli.Result run(String... args) {
    return assertTimeoutPreemptively(AT_ONCE, () -> Cli.runIn(dir, Map.of(), args));
  }

  private Path fifo(String name) throws Exception {
    Path fifo = dir.resolve(name);
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    return fifo;
  }

  @Test
  void a_pipe_named_as_a_plan_is_refused_by_check_and_batch() throws Exception {
    fifo("pipe.md");
    Cli.Result check = run("check", "pipe.md");
    assertThat(check.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(check.err()).hasLineCount(1).contains("pipe.md: is a named pipe (FIFO), not a file");
    Cli.Result batch = run("batch", "-q", "--output-dir", "out", "pipe.md", "plan.md");
    assertThat(batch.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(batch.err()).contains("pipe.md: is a named pipe (FIFO), not a file");
    assertThat(dir.resolve("out/portfolio.csv")).exists();
  }

  @Test
  void a_plan_linked_to_dev_zero_is_refused_at_once() throws IOException {
    Files.createSymbolicLink(dir.resolve("zero.md"), Path.of("/dev/zero"));
    Cli.Result r = run("check", "zero.md", "plan.md");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("zero.md: is a device, not a file");
    assertThat(r.out()).startsWith("# Parathedsrapport");
  }

  @Test
  void an_answers_file_linked_to_dev_zero_is_refused_at_once() throws IOException {
    Files.createSymbolicLink(dir.resolve("plan.md.parat.yaml"), Path.of("/dev/zero"));
    Cli.Result r = run("check", "plan.md");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("plan.md.parat.yaml: is a device, not a file");
  }

  @Test
  void a_config_linked_to_dev_zero_is_refused_at_once() throws IOException {
    Files.createSymbolicLink(dir.resolve(".parat.yaml"), Path.of("/dev/zero"));
    Cli.Result r = run("check", "plan.md");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).hasLineCount(1).contains(".parat.yaml: is a device, not a file");
  }

  @Test
  void a_checklist_or_a_list_of_plans_that_is_a_device_is_refused() {
    Cli.Result checklist = run("check", "-c", "/dev/zero", "plan.md");
    assertThat(checklist.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(checklist.err()).contains("/dev/zero").contains("is a device, not a file");
    Cli.Result list = run("batch", "-q", "--output-dir", "out", "@/dev/zero", "plan.md");
    assertThat(list.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(list.err()).contains("/dev/zero: is a device, not a file");
  }

  @Test
  void a_plan_over_the_limit_is_refused_by_the_bytes_read() throws IOException {
    byte[] line = "Medarbejderne oplæres i marts af superbrugerne i hvert team.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(dir.resolve("huge.md"))) {
      for (long written = 0; written <= 10L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Cli.Result r = run("check", "huge.md");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).hasLineCount(1).contains("huge.md: is larger than 10 MiB; parat reads plans up to 10 MiB");
  }
}
