package dk.parat.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reports kept in examples/reports (the short ones) and examples/reports/detail are what
 * {@code parat check} writes for the bundled examples now; markdownlint checks those files in CI
 * ({@code MarkdownLintIT}). Regenerate them with
 * {@code ./mvnw test -Dtest=ExampleReportsTest -Dparat.examples.update=true}.
 */
class ExampleReportsTest {

  static List<String> plans() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      return files.filter(Files::isRegularFile).map(Path::toString).filter(p -> p.matches(".*\\.(md|yaml|txt|docx|pdf)$"))
          .sorted().toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"examples/reports", "examples/reports/detail"})
  void the_kept_reports_are_what_parat_writes_now(String kept, @TempDir Path tmp) throws Exception {
    List<String> args = new ArrayList<>(List.of("check", "-q", "--output-dir", tmp.toString()));
    if (kept.endsWith("detail")) {
      args.add("--detail");
    }
    args.addAll(plans());
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> written;
    try (Stream<Path> files = Files.list(tmp)) {
      written = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    if (Boolean.getBoolean("parat.examples.update")) {
      try (Stream<Path> old = Files.list(Path.of(kept))) {
        for (Path p : old.filter(p -> p.toString().endsWith(".md")).toList()) {
          Files.delete(p);
        }
      }
      for (String name : written) {
        Files.copy(tmp.resolve(name), Path.of(kept, name));
      }
      return;
    }
    List<String> keptNames;
    try (Stream<Path> files = Files.list(Path.of(kept))) {
      keptNames = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
    }
    assertThat(keptNames).as("regenerate with -Dparat.examples.update=true").isEqualTo(written);
    for (String name : written) {
      assertThat(Files.readString(Path.of(kept, name))).as(kept + "/" + name + " is stale; regenerate with "
          + "./mvnw test -Dtest=ExampleReportsTest -Dparat.examples.update=true")
          .isEqualTo(Files.readString(tmp.resolve(name)));
    }
  }
}
