package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a batch puts its four files, and what it never writes over (issue 12, findings 4 and 11). */
class BatchOutputsTest {

  private static final List<String> FILES = List.of("portfolio.csv", "items.csv", "portfolio.ndjson", "portfolio.md",
      "portfolio.html");

  @TempDir
  Path dir;

  @Test
  void a_plan_in_the_output_folder_under_an_output_name_is_never_written_over() throws IOException {
    Path out = Files.createDirectories(dir.resolve("d"));
    Files.copy(Path.of("examples/talegenkendelse-myndighed.md"), out.resolve("portfolio.md"));
    String plan = Files.readString(out.resolve("portfolio.md"));
    Cli.Result r = Cli.runIn(dir, Map.of(), "batch", "-q", "--output-dir", "d", "d/portfolio.md");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("d/portfolio.md: is a plan parat reads in this run");
    assertThat(Files.readString(out.resolve("portfolio.md"))).isEqualTo(plan);
    assertThat(listing(out)).containsExactly("portfolio.md");
  }

  @Test
  void the_four_files_replace_the_previous_four_and_nothing_else_is_left() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    for (String f : FILES) {
      Files.writeString(out.resolve(f), "previous run");
    }
    Files.writeString(out.resolve("notes.txt"), "the user's own");
    Files.copy(Path.of("examples/talegenkendelse-myndighed.md"), dir.resolve("plan.md"));
    Cli.Result r = Cli.runIn(dir, Map.of(), "batch", "-q", "--output-dir", "out", "plan.md");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(listing(out)).containsExactlyInAnyOrder("portfolio.csv", "items.csv", "portfolio.ndjson", "portfolio.md",
        "portfolio.html", "reports", "notes.txt");
    for (String f : FILES) {
      assertThat(Files.readString(out.resolve(f))).as(f).isNotEqualTo("previous run");
    }
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("the user's own");
  }

  @Test
  void a_folder_at_an_output_name_stops_the_batch_before_it_scores_and_keeps_the_previous_set() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("portfolio.csv"), "previous run");
    Files.createDirectories(out.resolve("items.csv"));
    Files.copy(Path.of("examples/talegenkendelse-myndighed.md"), dir.resolve("plan.md"));
    Cli.Result r = Cli.runIn(dir, Map.of(), "batch", "-q", "--output-dir", "out", "plan.md");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).hasLineCount(1).contains("items.csv: is a folder");
    assertThat(listing(out)).containsExactlyInAnyOrder("portfolio.csv", "items.csv");
    assertThat(Files.readString(out.resolve("portfolio.csv"))).isEqualTo("previous run");
  }

  static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).toList();
    }
  }
}
