package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.parat.answers.AnswersFile;
import dk.parat.checklist.Status;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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
  void batch_runs_from_the_launcher_and_exits_2_for_a_path_it_cannot_read(@TempDir Path out) throws Exception {
    Run r = run(List.of("./parat", "batch", "--output-dir", out.toString(), "examples/skaermbesoeg-hjemmeplejen.md",
        "examples/nope.md"));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("examples/nope.md: no such file").contains("scored 1 plans, 1 could not be read")
        .doesNotContain("\r");
    assertThat(Files.readString(out.resolve("portfolio.md"))).contains("examples/skaermbesoeg-hjemmeplejen.md");
  }

  /**
   * git speaks the user's language, and parat must not depend on its words: a plan that is new
   * since the base revision is told apart by git's exit code, whatever the locale.
   */
  @Test
  void diff_knows_a_plan_that_is_new_since_the_base_in_any_language(@TempDir Path repo) throws Exception {
    git(repo, "init", "-q");
    git(repo, "commit", "-q", "--allow-empty", "-m", "first");
    Path plan = repo.resolve("plan.md");
    Files.copy(Path.of("examples/skaermbesoeg-hjemmeplejen.md"), plan);
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        Path.of("target/parat.jar").toAbsolutePath().toString(), "diff", "--base", "HEAD", plan.toString());
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("LC_ALL", "C.UTF-8");
    pb.environment().put("LANGUAGE", "de");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(ExitCode.OK);
    assertThat(out).contains("Planen fandtes ikke ved denne revision");
  }

  private static void git(Path repo, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=Test",
        "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Run r = run(command);
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @Test
  void the_shaded_jar_keeps_danish_letters_in_its_output() throws Exception {
    Run r = jar("check", "--format", "csv", "examples/skaermbesoeg-hjemmeplejen.md");
    assertThat(r.out()).contains("skærmbesøg").contains("Første");
  }

  @Test
  void killing_a_running_interview_leaves_every_confirmed_answer_in_valid_yaml(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.md");
    Files.copy(Path.of("examples/skaermbesoeg-hjemmeplejen.md"), plan);
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        "target/parat.jar", "interview", "--by", "Mette Holm", plan.toString())
        .directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true);
    pb.environment().remove("PARAT_JAVA_OPTS");
    // No terminal here: the test-only switch runs the interview on the pipes (docs/interview.md, "Testing").
    pb.environment().put("PARAT_INTERVIEW_FORCE", "1");
    pb.environment().put("PARAT_HISTORY", dir.resolve("history").toString());
    Process p = pb.start();
    StringBuffer shown = new StringBuffer();
    Thread screen = new Thread(() -> {
      try (var out = new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)) {
        char[] buffer = new char[4096];
        for (int n; (n = out.read(buffer)) > 0; ) {
          shown.append(buffer, 0, n);
        }
      } catch (IOException e) {
        // The process was killed: its output ends here.
      }
    });
    screen.start();
    Path answers = dir.resolve("plan.md.parat.yaml");
    try (var keys = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
      await(shown, "BI-1-I1 › ", 1);
      keys.write("m Ingen problemanalyse endnu – aftalt med Åse Ørum\n");
      keys.flush();
      await(shown, "✔ gemt:", 1);
      keys.write("a\n");
      keys.flush();
      await(shown, "✔ gemt:", 2);
      keys.write("a\n");
      keys.flush();
      // Killed at once, perhaps while the third answer is being written.
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    var parsed = new ObjectMapper(new YAMLFactory())
        .readTree(answers.toFile());
    assertThat(parsed.get("answers").size()).isBetween(2, 3);
    var read = AnswersFile.read(answers, "plan.md.parat.yaml").orElseThrow();
    var first = read.answers().get(0);
    assertThat(first.item()).isEqualTo("BI-1-I1");
    assertThat(first.status()).isEqualTo(Status.MISSING);
    assertThat(first.note()).isEqualTo("Ingen problemanalyse endnu – aftalt med Åse Ørum");
    assertThat(first.by()).isEqualTo("Mette Holm");
    // A kill during the third write may leave its temporary file (a later write removes it); nothing else.
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .allMatch(n -> List.of("history", "plan.md", "plan.md.parat.yaml").contains(n)
              || n.matches("\\.plan\\.md\\.parat\\.yaml\\.\\d+-[0-9a-f]{24}\\.parat-tmp"));
    }
  }

  /** Waits until the process has shown {@code text} {@code times} times. */
  private static void await(StringBuffer shown, String text, int times) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (shown.toString().split(Pattern.quote(text), -1).length - 1 < times) {
      assertThat(System.currentTimeMillis()).as("waiting for '" + text + "' in:\n" + shown).isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
