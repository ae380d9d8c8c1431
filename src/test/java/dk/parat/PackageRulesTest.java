package dk.parat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout the README's development section describes, kept by the build: data flows one way,
 * so packages form no cycle; the command line is the top and no domain package knows it; scoring
 * knows nothing of the consultant's answers.
 */
class PackageRulesTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?(dk\\.parat(?:\\.[a-z]\\w*)*)\\.[A-Z]");

  /** Each package of parat and the packages of parat it imports. */
  private static final Map<String, Set<String>> uses = new TreeMap<>();

  @BeforeAll
  static void readImports() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
        Set<String> imported = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            imported.add(m.group(1));
          }
        }
      }
    }
  }

  @Test
  void only_the_launcher_and_the_command_line_use_the_command_line() {
    uses.forEach((pkg, imported) -> {
      if (!pkg.equals("dk.parat") && !pkg.equals("dk.parat.cli")) {
        assertThat(imported).as(pkg).doesNotContain("dk.parat.cli");
      }
    });
  }

  @Test
  void scoring_knows_nothing_of_answers() {
    assertThat(uses.get("dk.parat.scoring")).doesNotContain("dk.parat.answers");
  }

  @Test
  void no_package_depends_on_itself_through_others() {
    for (String start : uses.keySet()) {
      assertThat(cycle(start, start, new ArrayList<>(List.of(start)), new TreeSet<>())).as("cycle through " + start)
          .isEmpty();
    }
  }

  /** A path of imports from {@code at} back to {@code start}, or an empty list when there is none. */
  private static List<String> cycle(String start, String at, List<String> path, Set<String> seen) {
    for (String next : uses.getOrDefault(at, Set.of())) {
      if (next.equals(start)) {
        List<String> found = new ArrayList<>(path);
        found.add(next);
        return found;
      }
      if (seen.add(next)) {
        path.add(next);
        List<String> found = cycle(start, next, path, seen);
        if (!found.isEmpty()) {
          return found;
        }
        path.remove(path.size() - 1);
      }
    }
    return List.of();
  }
}
