package dk.parat;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI snippets in the README run: each command line marked "# ci-snippet" works as written.
 * They run in a folder of their own holding the plan they name, since they write reports into
 * their working folder.
 */
class CiSnippetsTest {

  private static final String PLAN = "examples/skaermbesoeg-hjemmeplejen.md";

  @Test
  void the_readme_ci_snippets_run(@TempDir Path dir) throws Exception {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    List<List<String>> commands = new ArrayList<>();
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).strip().equals("# ci-snippet")) {
        String next = lines.get(i + 1);
        commands.add(ShellWords.split(next.substring(next.indexOf("./parat ") + "./parat ".length())));
      }
    }
    assertThat(commands).hasSize(2);
    for (int i = 0; i < commands.size(); i++) {
      List<String> args = commands.get(i);
      assertThat(args).contains(PLAN);
      Path workingDir = Files.createDirectories(dir.resolve("snippet-" + i));
      Files.createDirectories(workingDir.resolve(PLAN).getParent());
      Files.copy(Path.of(PLAN), workingDir.resolve(PLAN));
      Cli.Result r = Cli.runIn(workingDir, Map.of("GITHUB_STEP_SUMMARY", dir.resolve("summary-" + i + ".md").toString()),
          args.toArray(String[]::new));
      assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isIn(ExitCode.OK, ExitCode.GATE_FAILED);
      if (args.contains("sarif=parat.sarif")) {
        assertThat(workingDir.resolve("parat.sarif")).exists();
        assertThat(r.out()).contains("::group::parat examples/");
      }
      if (args.contains("reports")) {
        assertThat(workingDir.resolve("reports/parat-junit.xml")).exists();
        assertThat(workingDir.resolve("reports/skaermbesoeg-hjemmeplejen.report.md")).exists();
      }
    }
  }
}
