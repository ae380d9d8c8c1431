package dk.parat.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.TestChecklists;
import dk.parat.cli.ExitCode;
import dk.parat.scoring.ExampleResult;
import dk.parat.scoring.ExampleRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples inside the bundled checklists are their unit tests; the build runs them all. */
class ChecklistExamplesTest {

  @Test
  void every_example_of_every_bundled_checklist_gets_its_status() throws Exception {
    List<ExampleResult> results = new ExampleRunner(ChecklistLoader.load(ChecklistRepository.bundledIds())).run();
    String failures = results.stream().filter(r -> !r.passed())
        .map(r -> r.item().id() + " expected " + r.expected().id() + " got " + r.actual().status().id() + ": " + r.example())
        .collect(Collectors.joining("\n"));
    assertThat(failures).as("failing checklist examples").isEmpty();
  }

  @Test
  void every_bundled_item_has_two_positive_and_two_negative_examples_one_of_them_negated() throws Exception {
    ChecklistSet set = ChecklistLoader.load(ChecklistRepository.bundledIds());
    java.util.Set<String> negations = set.lexicon().negationWords();
    List<String> short_ = new java.util.ArrayList<>();
    for (CompiledChecklist c : set.checklists()) {
      for (CompiledItem item : c.items()) {
        var examples = item.item().examples();
        List<String> positive = new java.util.ArrayList<>();
        List<String> negative = new java.util.ArrayList<>();
        examples.forEach((status, list) -> (status.equals("covered") || status.equals("guarded") ? positive : negative).addAll(list));
        boolean negated = negative.stream().anyMatch(x -> java.util.Arrays.stream(x.toLowerCase(java.util.Locale.ROOT)
            .split("[^\\p{L}]+")).anyMatch(negations::contains));
        if (positive.size() < 2 || negative.size() < 2 || !negated) {
          short_.add(c.id() + " " + item.id() + ": " + positive.size() + " positive, " + negative.size() + " negative"
              + (negated ? "" : ", none negated"));
        }
      }
    }
    assertThat(short_).as("items without enough examples").isEmpty();
  }

  @Test
  void the_test_command_fails_readably_on_a_broken_example(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mini.yaml");
    Files.writeString(file, TestChecklists.miniText() + """
                examples:
                  covered: ["Hotline og support ved Ole Berg fra kl. 8 i de første 6 uger, telefon 7020."]
                  missing: ["Vi indfører skærmbesøg.", "Support aftales."]
        """);
    Cli.Result r = Cli.run("checklist", "test", file.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(r.out()).contains("FAIL   mini").contains("MINI-I2").contains("missing    partial    Support aftales.")
        .contains("examples: 3, passed 2, failed 1");
  }
}
