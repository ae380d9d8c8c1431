package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starts the real launcher and the packaged jar as processes, to prove the exit codes a shell sees. */
class LauncherIT {

  /** What a process printed and returned. */
  record Run(int exit, String out, String err) {}

  static Run run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
    pb.environment().remove("PARAT_JAVA_OPTS");
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  static Run jar(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/parat.jar"));
    command.addAll(List.of(args));
    return run(command);
  }

  @Test
  void the_readme_command_runs_the_launcher_on_an_example() throws Exception {
    Run r = run(List.of("./parat", "check", "examples/skaermbesoeg-hjemmeplejen.md"));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).startsWith("# Parathedsrapport");
  }

  @Test
  void exit_codes_seen_by_a_shell() throws Exception {
    assertThat(jar("check", "examples/skaermbesoeg-hjemmeplejen.md").exit()).isEqualTo(ExitCode.OK);
    Run missing = jar("check", "examples/nope.md");
    assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("examples/nope.md: no such file").doesNotContain("\tat ");
    assertThat(jar("check", "--format", "docx", "examples/skaermbesoeg-hjemmeplejen.md").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(jar("--version").exit()).isEqualTo(ExitCode.OK);
  }

  @Test
  void batch_runs_from_the_launcher_and_exits_2_for_a_path_it_cannot_read() throws Exception {
    Path out = Files.createTempDirectory("parat-batch-it");
    Run r = run(List.of("./parat", "batch", "--output-dir", out.toString(), "examples/skaermbesoeg-hjemmeplejen.md",
        "examples/nope.md"));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("examples/nope.md: no such file").contains("scored 1 plans, 1 could not be read")
        .doesNotContain("\r");
    assertThat(Files.readString(out.resolve("portfolio.md"))).contains("examples/skaermbesoeg-hjemmeplejen.md");
  }

  @Test
  void the_shaded_jar_keeps_danish_letters_in_its_output() throws Exception {
    Run r = jar("check", "--format", "csv", "examples/skaermbesoeg-hjemmeplejen.md");
    assertThat(r.out()).contains("skærmbesøg").contains("Første");
  }
}
