package dk.parat.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.Status;
import dk.parat.plan.PlanLoader;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled example gets the verdicts its fixture in examples/expected expects: the
 * consultant's label, or, where parat is known to judge differently, the recorded difference
 * with its reason. A new difference, or a recorded one that no longer holds, fails the build.
 */
class ExampleVerdictsTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static ChecklistSet checklists;

  @BeforeAll
  static void load() throws Exception {
    checklists = ChecklistLoader.load(List.of("bedre-implementering"));
  }

  static Stream<Path> fixtures() throws Exception {
    return Files.list(Path.of("examples/expected")).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void the_example_gets_the_verdicts_of_its_fixture(Path fixture) throws Exception {
    JsonNode root = YAML.readTree(fixture.toFile());
    Path plan = Path.of(root.get("plan").asText());
    ChecklistScore score = new Scorer(checklists).score(PlanLoader.standard().load(plan)).scores().get(0);
    JsonNode known = root.path("known_differences");
    List<String> problems = new ArrayList<>();
    for (ItemResult r : score.items()) {
      String id = r.item().id();
      Status label = Status.parse(root.at("/labels/" + id + "/status").asText()).orElseThrow();
      JsonNode difference = known.path(id);
      if (difference.isMissingNode()) {
        if (r.status() != label) {
          problems.add(id + ": label " + label.id() + ", parat " + r.status().id() + " (new difference)");
        }
        continue;
      }
      assertThat(difference.path("why").asText()).as(fixture + " " + id + " needs a reason").isNotBlank();
      Status recorded = Status.parse(difference.path("parat").asText()).orElseThrow();
      if (r.status() != recorded) {
        problems.add(id + ": recorded difference says parat gives " + recorded.id() + ", it now gives "
            + r.status().id() + (r.status() == label ? " (agrees with the label: remove the difference)" : ""));
      }
    }
    assertThat(problems).as(plan + " against " + fixture).isEmpty();
    assertThat(known.size()).as(fixture + ": at most a few recorded differences per example").isLessThanOrEqualTo(4);
  }
}
