package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Same input, same output, byte for byte — across JVMs too, where the iteration order of
 * hashed collections may differ from run to run (so this cannot be tested in one process).
 * Each run is one JVM that writes every format; the runs are compared format by format.
 */
class DeterminismIT {

  private static final int RUNS = 3;

  @TempDir
  static Path dir;

  private static final List<Path> runs = new ArrayList<>();

  @BeforeAll
  static void run_parat_in_separate_jvms() throws Exception {
    for (int i = 0; i < RUNS; i++) {
      Path out = dir.resolve("run-" + i);
      LauncherIT.Run run = LauncherIT.jar("check", "--all", "-q", "-f", "json,sarif,junit,markdown,html,csv,github",
          "--output-dir", out.toString(), "examples/digitale-laase-hjemmeplejen.txt");
      assertThat(run.exit()).as(run.err()).isZero();
      runs.add(out);
    }
  }

  @ParameterizedTest
  @CsvSource({"json, parat.json", "sarif, parat.sarif", "junit, parat-junit.xml",
      "markdown, digitale-laase-hjemmeplejen.report.md", "html, digitale-laase-hjemmeplejen.report.html",
      "csv, parat.csv", "github, parat-github.txt"})
  void separate_runs_write_identical_reports(String format, String file) throws Exception {
    String first = Files.readString(runs.get(0).resolve(file));
    assertThat(first).as(format).isNotBlank();
    for (Path run : runs) {
      assertThat(Files.readString(run.resolve(file))).as(format + " in " + run).isEqualTo(first);
    }
  }
}
