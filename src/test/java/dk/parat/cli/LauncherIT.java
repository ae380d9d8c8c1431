package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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

  /** The packaged jar in a JVM started as the launcher starts short runs, so that a dozen of them stay quick. */
  static Run jar(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "target/parat.jar"));
    command.addAll(List.of(args));
    return run(command);
  }

  @Test
  void the_readme_command_runs_the_launcher_on_an_example() throws Exception {
    Run r = run(List.of("./parat", "check", "examples/skaermbesoeg-hjemmeplejen.md"));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).startsWith("# Parathedsrapport");
  }

  /** A check run as a process starts loading the default checklists before it knows which it needs. */
  @Test
  void a_check_as_a_process_reports_as_one_in_process_whatever_checklists_it_names() throws Exception {
    for (List<String> checklists : List.of(List.<String>of(), List.of("--checklist", "lead-implementering"),
        List.of("--all"))) {
      List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
      args.addAll(checklists);
      args.add("examples/esdh-opgradering.md");
      Run process = jar(args.toArray(String[]::new));
      dk.parat.Cli.Result inProcess = dk.parat.Cli.run(args.toArray(String[]::new));
      assertThat(process.exit()).as(process.err()).isEqualTo(inProcess.exit());
      assertThat(process.out()).as(checklists.toString()).isEqualTo(inProcess.out());
    }
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
    Session session = Session.start(dir, plan);
    Process p = session.process();
    StringBuffer shown = session.shown();
    Path answers = dir.resolve("plan.md.parat.yaml");
    try (var keys = session.keys()) {
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
    // A kill during the third write may leave its temporary file (a later write removes it), and the
    // interview's lock file, which the system has let go and the next interview takes over; nothing else.
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .allMatch(n -> List.of("history", "plan.md", "plan.md.parat.yaml", ".plan.md.parat.yaml.lock").contains(n)
              || n.matches("\\.plan\\.md\\.parat\\.yaml\\.\\d+-[0-9a-f]{24}\\.parat-tmp"));
    }
  }

  /** What a process shows, as it shows it: read on a thread of its own until the process ends. */
  private static StringBuffer watch(Process p) {
    StringBuffer shown = new StringBuffer();
    Thread screen = new Thread(() -> {
      try (var out = new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)) {
        char[] buffer = new char[4096];
        for (int n; (n = out.read(buffer)) > 0; ) {
          shown.append(buffer, 0, n);
        }
      } catch (IOException e) {
        // The process ended or was killed: its output ends here.
      }
    });
    screen.start();
    return shown;
  }

  /** Waits until the process has shown {@code text} {@code times} times. */
  private static void await(StringBuffer shown, String text, int times) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (shown.toString().split(Pattern.quote(text), -1).length - 1 < times) {
      assertThat(System.currentTimeMillis()).as("waiting for '" + text + "' in:\n" + shown).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /**
   * An interview on the packaged jar, whose screen the test reads. There is no terminal here: the
   * test-only switch runs the interview on the pipes (docs/interview.md, "Testing").
   */
  private record Session(Process process, StringBuffer shown, OutputStreamWriter keys) {
    static Session start(Path dir, Path plan) throws IOException {
      ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
          "target/parat.jar", "interview", "--by", "Mette Holm", plan.toString())
          .directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true);
      pb.environment().remove("PARAT_JAVA_OPTS");
      pb.environment().put("PARAT_INTERVIEW_FORCE", "1");
      pb.environment().put("PARAT_HISTORY", dir.resolve("history").toString());
      Process p = pb.start();
      return new Session(p, watch(p), new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8));
    }

    void type(String line) throws IOException {
      keys.write(line + "\n");
      keys.flush();
    }
  }

  @Test
  void a_second_interview_on_the_same_plan_is_refused_and_no_answer_is_lost(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.md");
    Files.copy(Path.of("examples/skaermbesoeg-hjemmeplejen.md"), plan);
    Session first = Session.start(dir, plan);
    try {
      await(first.shown(), "BI-1-I1 › ", 1);
      Session second = Session.start(dir, plan);
      second.keys().close();
      assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(second.process().exitValue()).as(second.shown().toString()).isEqualTo(ExitCode.USAGE);
      assertThat(second.shown().toString()).contains("plan.md.parat.yaml: is open in another interview (Mette Holm since")
          .doesNotContain("BI-1-I1 › ");
      first.type("m Ingen analyse endnu");
      await(first.shown(), "✔ gemt:", 1);
      first.type(":quit");
      first.keys().close();
      assertThat(first.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(first.process().exitValue()).isZero();
    } finally {
      first.process().destroyForcibly();
    }
    assertThat(AnswersFile.read(dir.resolve("plan.md.parat.yaml"), "plan.md.parat.yaml").orElseThrow().answers())
        .extracting(a -> a.item()).containsExactly("BI-1-I1");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("history", "plan.md",
          "plan.md.parat.yaml");
    }
  }

  @Test
  void answers_written_into_the_file_by_another_hand_meanwhile_are_kept_and_the_consultant_told(@TempDir Path dir)
      throws Exception {
    Path plan = dir.resolve("plan.md");
    Files.copy(Path.of("examples/skaermbesoeg-hjemmeplejen.md"), plan);
    Path answers = dir.resolve("plan.md.parat.yaml");
    Session session = Session.start(dir, plan);
    try {
      await(session.shown(), "BI-1-I1 › ", 1);
      session.type("m Ingen analyse endnu");
      await(session.shown(), "✔ gemt:", 1);
      // Someone edits the file by hand while the interview runs: their answer must survive the next one.
      var before = AnswersFile.read(answers, "plan.md.parat.yaml").orElseThrow();
      AnswersFile.write(answers, before.with(new dk.parat.answers.Answer("BI-2-I1", Status.COVERED, "Aftalt på mødet",
          "Ole", java.time.OffsetDateTime.parse("2025-03-04T10:15:30+01:00"), null, 0)), plan.toString());
      session.type("a");
      await(session.shown(), "✔ gemt:", 2);
      await(session.shown(), "blev ændret uden for", 1);
      session.type(":quit");
      session.keys().close();
      assertThat(session.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(session.shown().toString().replaceAll("\\s+", " ")).contains("3 svar i " + answers);
    } finally {
      session.process().destroyForcibly();
    }
    assertThat(AnswersFile.read(answers, "plan.md.parat.yaml").orElseThrow().answers()).extracting(a -> a.item())
        .containsExactlyInAnyOrder("BI-1-I1", "BI-2-I1", "BI-1-I2");
  }

  /**
   * A clone with the launcher and a stand-in for the Maven wrapper that "builds" by copying the
   * packaged jar, taking so many seconds, and fails as two Maven builds in one folder do when a
   * second starts while one runs ("Could not replace original artifact").
   */
  private static Path clone(Path dir, int buildSeconds) throws IOException {
    Path clone = Files.createDirectories(dir.resolve("clone"));
    Files.copy(Path.of("parat"), clone.resolve("parat"));
    Files.copy(Path.of("pom.xml"), clone.resolve("pom.xml"));
    Files.createDirectories(clone.resolve("src/main"));
    Files.writeString(clone.resolve("src/main/Source.java"), "class Source {}\n");
    Files.createDirectories(clone.resolve("checklists"));
    Files.createDirectories(clone.resolve("examples"));
    Files.copy(Path.of("examples/skaermbesoeg-hjemmeplejen.md"), clone.resolve("examples/skaermbesoeg-hjemmeplejen.md"));
    Files.writeString(clone.resolve("mvnw"), """
        #!/usr/bin/env bash
        set -euo pipefail
        here="$(cd "$(dirname "$0")" && pwd)"
        out="$here/target"
        for a in "$@"; do case "$a" in -Dparat.buildDirectory=*) out="${a#*=}";; esac; done
        if ! mkdir "$here/building" 2> /dev/null; then
          echo "[ERROR] Could not replace original artifact with shaded artifact" >&2
          exit 1
        fi
        echo build >> "$here/builds.log"
        mkdir -p "$out"
        sleep %d
        cp "%s" "$out/parat.jar"
        rmdir "$here/building"
        """.formatted(buildSeconds, Path.of("target/parat.jar").toAbsolutePath()));
    for (String script : List.of("parat", "mvnw")) {
      clone.resolve(script).toFile().setExecutable(true);
    }
    return clone;
  }

  private static Process launcher(Path clone, Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(clone.resolve("parat").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(clone.toFile());
    pb.environment().remove("PARAT_JAVA_OPTS");
    pb.environment().putAll(env);
    return pb.start();
  }

  private static Run finish(Process p) throws Exception {
    p.getOutputStream().close();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
      try {
        return p.getErrorStream().readAllBytes();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
  }

  @Test
  void two_launcher_runs_a_second_apart_after_a_source_change_both_run_on_one_build(@TempDir Path dir) throws Exception {
    Path clone = clone(dir, 3);
    Process first = launcher(clone, Map.of(), "--version");
    Thread.sleep(1000);
    Process second = launcher(clone, Map.of(), "--version");
    Run one = finish(first);
    Run two = finish(second);
    assertThat(one.exit()).as(one.err()).isZero();
    assertThat(two.exit()).as(two.err()).isZero();
    assertThat(one.out()).startsWith("parat ");
    assertThat(two.out()).startsWith("parat ");
    assertThat(Files.readAllLines(clone.resolve("builds.log"))).as("one build, the other run waited for it").hasSize(1);
    assertThat(two.err()).contains("waiting for the build another parat started");
    assertThat(clone.resolve("target/.launcher-build.lock")).doesNotExist();
  }

  @Test
  void the_launcher_runs_java_from_java_home_and_keeps_an_archive_per_java(@TempDir Path dir) throws Exception {
    Path clone = clone(dir, 0);
    Path real = Path.of(System.getProperty("java.home"));
    Path fake = Files.createDirectories(dir.resolve("other-jdk/bin"));
    Files.writeString(fake.resolve("java"), "#!/bin/sh\necho \"$@\" >> \"" + dir.resolve("other-jdk.log") + "\"\nexec \""
        + real.resolve("bin/java") + "\" \"$@\"\n");
    fake.resolve("java").toFile().setExecutable(true);
    Files.writeString(dir.resolve("other-jdk/release"), "JAVA_VERSION=\"17.0.99\"\n");
    Run built = finish(launcher(clone, Map.of("JAVA_HOME", real.toString()), "--version"));
    assertThat(built.exit()).as(built.err()).isZero();
    Run other = finish(launcher(clone, Map.of("JAVA_HOME", dir.resolve("other-jdk").toString()), "--version"));
    assertThat(other.exit()).as(other.err()).isZero();
    assertThat(Files.readString(dir.resolve("other-jdk.log"))).as("the JDK in JAVA_HOME runs parat")
        .contains("-jar " + clone.resolve("target/parat.jar") + " --version");
    try (var files = Files.list(clone.resolve("target"))) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsa")))
          .as("each java made its own class-data archive").hasSize(2);
    }
  }

  /**
   * JLine copies its native library into the temporary folder at every start and removes it only
   * at a normal exit; parat keeps one copy in its cache, so an interview that is killed leaves
   * nothing in the temporary folder. A real terminal is needed: {@code script} makes one.
   */
  @Test
  void a_killed_interview_leaves_no_native_library_in_the_temporary_folder(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) makes the terminal this test needs");
    Path plan = Files.copy(Path.of("examples/talegenkendelse-myndighed.md"), dir.resolve("plan.md"));
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path cache = dir.resolve("cache");
    String java = Path.of(System.getProperty("java.home"), "bin", "java") + " -Djava.io.tmpdir=" + tmp + " -jar "
        + Path.of("target/parat.jar").toAbsolutePath() + " interview --history " + dir.resolve("history") + " " + plan;
    ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-q", "-f", "-c", java, "/dev/null")
        .redirectErrorStream(true);
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().remove("CI");
    Process p = pb.start();
    StringBuffer shown = watch(p);
    try {
      await(shown, "BI-1-I1", 1);
      // Killed as a closed laptop or a kill -9 ends it: no exit hook runs.
      p.descendants().filter(h -> h.info().command().orElse("").endsWith("java")).forEach(ProcessHandle::destroyForcibly);
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    try (var left = Files.list(tmp)) {
      assertThat(left.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("jlinenative"));
    }
    try (var cached = Files.walk(cache)) {
      assertThat(cached.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
          .containsExactly(System.mapLibraryName("jlinenative").replace(".dylib", ".jnilib"));
    }
  }
}
