package dk.parat.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile cases that need a process of their own: the heap the launcher gives a batch
 * ({@code -Xmx256m}), a pipe as the command line names it, standard output as a device. The
 * packaged jar runs with the launcher's batch options (issue 12, finding 7).
 */
class HostileProcessIT {

  /** The JVM options {@code ./parat} starts a batch with. */
  private static final List<String> BATCH_JVM = List.of("-XX:+UseParallelGC", "-Xmx256m");

  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {}

  private Run jar(List<String> jvm, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvm);
    command.addAll(List.of("-jar", Path.of("target/parat.jar").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile()).start();
    boolean ended = p.waitFor(300, TimeUnit.SECONDS);
    p.destroyForcibly();
    assertThat(ended).as("parat " + String.join(" ", args) + " did not end in time").isTrue();
    return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
  }

  /** A plan of {@code bytes} made of an example's text, over and over. */
  private Path plan(String name, long bytes) throws IOException {
    String example = Files.readString(Path.of("examples/skaermbesoeg-hjemmeplejen.md"));
    String body = example.substring(example.indexOf("\n---", 4) + 4);
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    byte[] head = example.getBytes(StandardCharsets.UTF_8);
    byte[] more = body.getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(file)) {
      out.write(head);
      for (long written = head.length; written + more.length <= bytes; written += more.length) {
        out.write(more);
      }
    }
    return file;
  }

  @Test
  void a_batch_of_one_plan_of_10_mb_in_256_mb_is_one_row_not_the_end_of_the_run() throws Exception {
    Path big = plan("plans/big.md", 10_380_000);
    Files.copy(Path.of("examples/talegenkendelse-myndighed.md"), dir.resolve("plans/small.md"));
    assertThat(Files.size(big)).isBetween(9_000_000L, 10L * 1024 * 1024);
    Run r = jar(BATCH_JVM, "batch", "-q", "--output-dir", "out", "plans");
    assertThat(r.exit()).as(r.err()).isIn(ExitCode.OK, ExitCode.USAGE);
    assertThat(r.err()).doesNotContain("OutOfMemoryError").doesNotContain("internal error");
    assertThat(Files.readString(dir.resolve("out/portfolio.csv"))).contains("plans/small.md");
    if (r.exit() == ExitCode.USAGE) {
      assertThat(r.err()).startsWith("parat: plans/big.md: ").contains("parat check").hasLineCount(1);
    }
  }

  @Test
  void a_batch_of_four_plans_of_4_mb_on_8_threads_in_256_mb_scores_them_all() throws Exception {
    for (int i = 0; i < 4; i++) {
      plan("plans/plan-" + i + ".md", 4_000_000);
    }
    Run r = jar(BATCH_JVM, "batch", "-q", "--threads", "8", "--output-dir", "out", "plans");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(Files.readAllLines(dir.resolve("out/portfolio.csv"))).hasSize(5);
  }

  @Test
  void a_pipe_named_on_the_command_line_is_refused_at_once() throws Exception {
    HostileCase.mkfifo(dir.resolve("plan.md"));
    Run check = jar(List.of(), "check", "plan.md");
    assertThat(check.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(check.err()).isEqualTo("parat: plan.md: is a named pipe (FIFO), not a file: it may never end, so parat "
        + "does not read plans from it. Save the content to a file and name that\n");
  }

  @Test
  void damaged_word_parts_are_one_line_without_the_libraries_chatter() throws Exception {
    Files.write(dir.resolve("not-utf8.docx"), HostileDocuments.zip(java.util.Map.of("[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><Types/>", "word/document.xml", "<x/>"), false));
    Files.write(dir.resolve("cut-rels.docx"), HostileDocuments.zip(java.util.Map.of("[Content_Types].xml",
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
        "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relati",
        "word/document.xml", "<x/>"), false));
    for (String plan : List.of("not-utf8.docx", "cut-rels.docx")) {
      Run r = jar(List.of(), "check", plan);
      assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).as(plan).startsWith("parat: " + plan + ": ").hasLineCount(1);
    }
  }

  @Test
  void dev_stdout_as_the_output_writes_to_the_pipe_it_is() throws Exception {
    Files.copy(Path.of("examples/talegenkendelse-myndighed.md"), dir.resolve("plan.md"));
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        Path.of("target/parat.jar").toAbsolutePath().toString(), "check", "-q", "-o", "/dev/stdout", "plan.md")
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).startsWith("# Parathedsrapport");
  }
}
