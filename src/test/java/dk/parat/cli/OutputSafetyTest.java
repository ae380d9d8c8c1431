package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where reports may go, and what they must never do on the way (issue 12, findings 3 and 4): no
 * link at a temporary name followed, no device or pipe replaced by a file, a link written through,
 * no input written over, no two formats into one file, a config's folder inside the repository.
 */
class OutputSafetyTest {

  private static final String PLAN = "examples/talegenkendelse-myndighed.md";

  @TempDir
  Path dir;
  private String plan;

  @BeforeEach
  void copyPlan() throws IOException {
    Files.copy(Path.of(PLAN), dir.resolve("plan.md"));
    plan = Files.readString(dir.resolve("plan.md"));
  }

  private Cli.Result run(String... args) {
    return Cli.runIn(dir, Map.of(), args);
  }

  @Test
  void a_link_planted_at_the_old_temporary_name_is_never_followed() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
    Files.createDirectories(dir.resolve("reports"));
    for (String name : List.of(".plan.report.md.parat-tmp", ".parat.sarif.parat-tmp")) {
      Files.createSymbolicLink(dir.resolve("reports").resolve(name), victim);
    }
    Cli.Result r = run("check", "-f", "markdown,sarif", "--output-dir", "reports", "plan.md");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(victim)).isEqualTo("precious");
    assertThat(Files.readString(dir.resolve("reports/plan.report.md"))).startsWith("# Parathedsrapport");
    assertThat(temporaryFiles()).allMatch(Files::isSymbolicLink).hasSize(2);
  }

  @Test
  void a_pipe_is_written_to_and_stays_a_pipe() throws Exception {
    Path fifo = dir.resolve("report.fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    Cli.Result r = run("check", "-o", "report.fifo", "plan.md");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(read.get(30, TimeUnit.SECONDS)).startsWith("# Parathedsrapport");
    assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).isTrue();
  }

  @Test
  void dev_null_is_written_to_and_stays_a_device() throws IOException {
    Cli.Result r = run("check", "-f", "sarif", "-o", "/dev/null", "plan.md");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readAttributes(Path.of("/dev/null"), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
        .isTrue();
    try (Stream<Path> dev = Files.list(Path.of("/dev"))) {
      assertThat(dev.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("parat"));
    }
  }

  @Test
  void a_linked_report_is_written_through_and_the_link_kept() throws IOException {
    Path real = Files.writeString(Files.createDirectories(dir.resolve("shared")).resolve("gaps.md"), "old");
    Files.createSymbolicLink(dir.resolve("gaps.md"), Path.of("shared/gaps.md"));
    Cli.Result r = run("check", "-o", "gaps.md", "plan.md");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(dir.resolve("gaps.md"))).isTrue();
    assertThat(Files.readString(real)).startsWith("# Parathedsrapport");
  }

  @Test
  void a_replaced_report_keeps_its_permissions() throws IOException {
    Path old = Files.writeString(dir.resolve("gaps.md"), "old");
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r-----"));
    assertThat(run("check", "-o", "gaps.md", "plan.md").exit()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rw-r-----");
  }

  @Test
  void a_folder_given_as_the_output_file_is_one_line_saying_what_to_write() throws IOException {
    Files.createDirectories(dir.resolve("reports"));
    Cli.Result r = run("check", "-o", "reports", "plan.md");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).hasLineCount(1).contains("reports: is a folder").contains("--output-dir reports")
        .doesNotContain("internal error");
  }

  @Test
  void the_plan_is_never_written_over() throws IOException {
    Cli.Result named = run("check", "-o", "plan.md", "plan.md");
    assertThat(named.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(named.err()).contains("plan.md: is a file parat reads in this run");
    Files.createDirectories(dir.resolve("d"));
    Files.copy(dir.resolve("plan.md"), dir.resolve("d/plan.md"));
    Files.copy(dir.resolve("plan.md"), dir.resolve("d/plan.report.md"));
    // The report of d/plan.md would be d/plan.report.md, which is a plan of the run.
    Cli.Result inDir = run("check", "--output-dir", "d", "d/plan.md", "d/plan.report.md");
    assertThat(inDir.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(inDir.err()).contains("d/plan.report.md: is a file parat reads in this run");
    assertThat(Files.readString(dir.resolve("plan.md"))).isEqualTo(plan);
    assertThat(Files.readString(dir.resolve("d/plan.report.md"))).isEqualTo(plan);
  }

  @Test
  void a_link_to_the_plan_is_the_plan() throws IOException {
    Files.createSymbolicLink(dir.resolve("out.md"), Path.of("plan.md"));
    assertThat(run("check", "-o", "out.md", "plan.md").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(Files.readString(dir.resolve("plan.md"))).isEqualTo(plan);
  }

  @Test
  void two_formats_sent_to_one_file_are_refused_before_either_is_written() throws IOException {
    Files.writeString(dir.resolve("out.xml"), "old");
    Cli.Result r = run("check", "-f", "sarif,junit", "-o", "sarif=out.xml", "-o", "junit=./out.xml", "plan.md");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).hasLineCount(1).contains("out.xml: both sarif and junit would be written to this file");
    assertThat(Files.readString(dir.resolve("out.xml"))).isEqualTo("old");
  }

  @Test
  void a_format_named_into_the_output_folder_meets_another_there() {
    Cli.Result r = run("check", "-f", "markdown,junit", "--output-dir", "r", "-o", "junit=r/plan.report.md", "plan.md");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("both markdown").contains("and junit would be written to this file");
  }

  @Test
  void a_dash_is_standard_output() {
    Cli.Result r = run("check", "-f", "markdown,sarif", "-o", "markdown=-", "-o", "sarif=out.sarif", "plan.md");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("# Parathedsrapport");
    assertThat(dir.resolve("out.sarif")).exists();
    assertThat(dir.resolve("-")).doesNotExist();
  }

  @Test
  void a_config_cannot_send_reports_outside_the_repository() throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.copy(dir.resolve("plan.md"), repo.resolve("plan.md"));
    Path outside = dir.resolve("outside");
    for (String where : List.of(outside.toString(), "../outside", "../../" + dir.getFileName() + "/outside")) {
      Files.writeString(repo.resolve(".parat.yaml"), "output: {format: [markdown], output_dir: \"" + where + "\"}\n");
      Cli.Result r = Cli.runIn(repo, Map.of(), "check", "plan.md");
      assertThat(r.exit()).as(where).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).as(where).hasLineCount(1).contains(".parat.yaml:1: output_dir").contains("--output-dir");
      assertThat(outside).as(where).doesNotExist();
    }
    Files.writeString(repo.resolve(".parat.yaml"), "output: {output_dir: reports}\n");
    assertThat(Cli.runIn(repo, Map.of(), "check", "plan.md").exit()).isZero();
    assertThat(repo.resolve("reports/plan.report.md")).exists();
    Files.writeString(repo.resolve(".parat.yaml"), "output: {output_dir: \"" + outside + "\"}\n");
    Cli.Result given = Cli.runIn(repo, Map.of(), "check", "--output-dir", outside.toString(), "plan.md");
    assertThat(given.exit()).as(given.err()).isZero();
    assertThat(outside.resolve("plan.report.md")).exists();
  }

  @Test
  void a_config_folder_that_is_a_link_out_of_the_repository_is_outside() throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.copy(dir.resolve("plan.md"), repo.resolve("plan.md"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createSymbolicLink(repo.resolve("reports"), outside);
    Files.writeString(repo.resolve(".parat.yaml"), "output: {output_dir: reports/sub}\n");
    Cli.Result r = Cli.runIn(repo, Map.of(), "check", "plan.md");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    try (Stream<Path> files = Files.list(outside)) {
      assertThat(files).isEmpty();
    }
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".parat-tmp")).toList();
    }
  }
}
