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
import org.junit.jupiter.api.io.TempDir;

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
  void the_shaded_jar_reads_word_and_pdf_without_library_chatter(@TempDir Path dir) throws Exception {
    for (String plan : List.of("examples/cross-municipal-data-platform.docx", "examples/cross-municipal-data-platform.pdf")) {
      Run r = jar("check", plan);
      assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
      assertThat(r.err()).as(plan).isEmpty();
      assertThat(r.out()).as(plan).startsWith("# Readiness report: Shared Data Platform");
    }
    // PDFBox repairs what it can of a damaged file and would log as it goes; only parat's message shows.
    Path damaged = dir.resolve("damaged.pdf");
    Files.writeString(damaged, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\nxref\n0 1\n"
        + "trailer\n<< /Root 1 0 R >>\nstartxref\n9999\n%%EOF\n");
    Run bad = jar("check", damaged.toString());
    assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err()).hasLineCount(1).startsWith("parat: " + damaged + ": cannot be read as a PDF");
  }

  @Test
  void the_shaded_jar_keeps_danish_letters_in_its_output() throws Exception {
    Run r = jar("check", "--format", "csv", "examples/skaermbesoeg-hjemmeplejen.md");
    assertThat(r.out()).contains("skærmbesøg").contains("Første");
  }
}
