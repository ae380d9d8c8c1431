package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Same input, same output, byte for byte — across JVMs too, where hash iteration order may
 * differ from run to run (so this cannot be tested in one process).
 */
class DeterminismIT {

  @ParameterizedTest
  @ValueSource(strings = {"json", "sarif", "junit", "markdown", "csv", "github"})
  void separate_runs_write_identical_reports(String format) throws Exception {
    Set<String> outputs = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      LauncherIT.Run run = LauncherIT.jar("check", "--all", "-f", format, "examples/digitale-laase-hjemmeplejen.txt");
      assertThat(run.exit()).as(run.err()).isZero();
      outputs.add(run.out());
    }
    assertThat(outputs).hasSize(1);
  }
}
