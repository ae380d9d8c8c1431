package dk.parat;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CI snippets in the README run: each command line marked "# ci-snippet" works as written. */
class CiSnippetsTest {

  @Test
  void the_readme_ci_snippets_run() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    List<List<String>> commands = new ArrayList<>();
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).strip().equals("# ci-snippet")) {
        String next = lines.get(i + 1);
        commands.add(ShellWords.split(next.substring(next.indexOf("./parat ") + "./parat ".length())));
      }
    }
    assertThat(commands).hasSize(2);
    for (List<String> args : commands) {
      List<Path> before = outputs();
      try {
        Cli.Result r = Cli.run(Map.of("GITHUB_STEP_SUMMARY", Files.createTempFile("summary", ".md").toString()),
            args.toArray(String[]::new));
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isIn(ExitCode.OK, ExitCode.GATE_FAILED);
        if (args.contains("sarif=parat.sarif")) {
          assertThat(Path.of("parat.sarif")).exists();
          assertThat(r.out()).contains("::group::parat examples/");
        }
        if (args.contains("reports")) {
          assertThat(Path.of("reports/parat-junit.xml")).exists();
          assertThat(Path.of("reports/parat.md")).exists();
        }
      } finally {
        for (Path p : outputs()) {
          if (!before.contains(p)) {
            delete(p);
          }
        }
      }
    }
  }

  private static List<Path> outputs() {
    return Stream.of(Path.of("parat.sarif"), Path.of("reports")).filter(Files::exists).toList();
  }

  private static void delete(Path p) throws Exception {
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
