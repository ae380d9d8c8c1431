package dk.parat.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dk.parat.Cli;
import dk.parat.answers.Answer;
import dk.parat.answers.Answers;
import dk.parat.answers.AnswersFile;
import dk.parat.checklist.Status;
import dk.parat.plan.PlanLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The machine formats: JSON against its schema, JUnit as XML, SARIF's shape, GitHub's escaping. */
class MachineFormatsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema REPORT_SCHEMA;

  static {
    try {
      REPORT_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(JSON.readTree(Files.readString(Path.of("docs/schema/report.schema.json"))));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<String> examples() throws Exception {
    return Files.list(Path.of("examples")).filter(Files::isRegularFile).map(Path::toString)
        .filter(p -> p.matches(".*\\.(md|yaml|txt|docx|pdf)$")).sorted();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void json_output_of_every_example_is_valid_against_the_published_schema(String plan) throws Exception {
    Cli.Result r = Cli.run("check", "--all", "-f", "json", plan);
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JSON.readTree(r.out());
    assertThat(REPORT_SCHEMA.validate(json)).isEmpty();
    assertThat(json.get("schemaVersion").asText()).isEqualTo(JsonReport.SCHEMA_VERSION);
    assertThat(json.at("/plans/0/checklists")).hasSize(4);
  }

  @Test
  void junit_output_is_xml_with_one_testcase_per_plan_and_item() throws Exception {
    List<String> plans = examples().toList();
    List<String> args = new ArrayList<>(List.of("check", "-f", "junit"));
    args.addAll(plans);
    args.add("examples/does-not-exist.md");
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).isEqualTo(2);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    Element suites = doc.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    NodeList suite = doc.getElementsByTagName("testsuite");
    assertThat(suite.getLength()).isEqualTo(1);
    assertThat(((Element) suite.item(0)).getAttribute("name")).isEqualTo("bedre-implementering");
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(plans.size() * 28 + 1);
    assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(1);
    int failures = doc.getElementsByTagName("failure").getLength();
    assertThat(suites.getAttribute("failures")).isEqualTo(Integer.toString(failures));
    assertThat(((Element) cases.item(0)).getAttribute("classname")).startsWith(plans.get(0) + " › Kapitel 1 ");
  }

  @Test
  void sarif_has_every_item_as_a_rule_and_every_gap_located_and_fingerprinted() throws Exception {
    Cli.Result r = Cli.run("check", "-f", "sarif", "examples/digitale-laase-hjemmeplejen.txt");
    JsonNode sarif = JSON.readTree(r.out());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.at("/runs/0");
    assertThat(run.at("/automationDetails/id").asText()).isEqualTo("parat/bedre-implementering/");
    assertThat(run.at("/tool/driver/rules")).hasSize(28);
    run.at("/tool/driver/rules").forEach(rule -> {
      assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
      assertThat(rule.at("/help/markdown").asText()).contains("**");
    });
    JsonNode results = run.get("results");
    assertThat(results).isNotEmpty();
    results.forEach(result -> {
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
          .isEqualTo("examples/digitale-laase-hjemmeplejen.txt");
      assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
      assertThat(result.at("/partialFingerprints/paratItemSection~1v1").asText()).hasSize(32);
      assertThat(result.get("level").asText()).isIn("error", "warning", "note");
    });
  }

  @Test
  void sarif_fingerprints_ignore_line_numbers_and_waivers_become_suppressions(@TempDir Path dir) throws Exception {
    String body = "# Plan\n\n## Udrulning\n\nLøsningen tages i brug i hele kommunen på én gang.\n";
    Path a = dir.resolve("plan.md");
    Files.writeString(a, body);
    String before = fingerprint(Cli.run("check", "-c", "src/test/resources/checklists/mini.yaml", "-f", "sarif", a.toString()).out());
    Files.writeString(a, "# Plan\n\nEn ny indledning.\n\nOg en til.\n" + body.substring("# Plan\n".length()));
    String after = fingerprint(Cli.run("check", "-c", "src/test/resources/checklists/mini.yaml", "-f", "sarif", a.toString()).out());
    assertThat(after).isEqualTo(before);
    Files.writeString(a, "---\nwaivers:\n  - {item: MINI-P1, reason: Accepteret, owner: Ole}\n---\n" + body);
    JsonNode waived = JSON.readTree(Cli.run("check", "-c", "src/test/resources/checklists/mini.yaml", "-f", "sarif", a.toString()).out());
    JsonNode result = find(waived, "MINI-P1");
    assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("external");
    assertThat(result.at("/suppressions/0/justification").asText()).isEqualTo("Accepteret (Ole)");
  }

  private static String fingerprint(String sarif) throws Exception {
    return find(JSON.readTree(sarif), "MINI-P1").at("/partialFingerprints/paratItemSection~1v1").asText();
  }

  private static JsonNode find(JsonNode sarif, String rule) {
    for (JsonNode r : sarif.at("/runs/0/results")) {
      if (r.get("ruleId").asText().equals(rule)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + rule);
  }

  @Test
  void github_annotations_are_escaped_grouped_worst_first_and_the_summary_is_written(@TempDir Path dir) throws Exception {
    assertThat(GithubReport.data("50% done\nnext")).isEqualTo("50%25 done%0Anext");
    assertThat(GithubReport.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
    Path summary = dir.resolve("summary.md");
    Cli.Result r = Cli.run(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "check", "-f", "github",
        "examples/digitale-laase-hjemmeplejen.txt");
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("::group::parat examples/digitale-laase-hjemmeplejen.txt");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("::endgroup::");
    List<String> annotations = lines.subList(1, lines.size() - 1);
    assertThat(annotations).allMatch(l -> l.matches("::(error|warning|notice) file=examples/digitale-laase-hjemmeplejen\\.txt,line=\\d+,title=[^:]+::.+"));
    List<Integer> ranks = annotations.stream().map(l -> l.startsWith("::error") ? 0 : l.startsWith("::warning") ? 1 : 2).toList();
    assertThat(ranks).isSorted();
    assertThat(Files.readString(summary)).startsWith("## parat").contains("| `examples/digitale-laase-hjemmeplejen.txt` |");
  }

  @Test
  void json_with_interview_answers_is_valid_against_the_published_schema(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.md");
    Files.copy(Path.of("examples/skaermbesoeg-hjemmeplejen.md"), plan);
    String digest = PlanLoader.standard().load(plan).digest();
    var at = OffsetDateTime.parse("2025-03-04T10:15:30+01:00");
    AnswersFile.write(AnswersFile.besidePlan(plan),
        Answers.empty("plan.md.parat.yaml")
            .with(new Answer("BI-1-I1", Status.MISSING, "Ingen analyse endnu", "mette",
                at, digest, 0))
            .with(new Answer("BI-1-I2", null, "Kun en note", "mette", at, digest, 0))
            .with(new Answer("BI-2-I1", Status.NOT_APPLICABLE, null, "mette", at, null, 0)),
        "plan.md");
    Cli.Result r = Cli.run("check", "--all", "-f", "json", plan.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JSON.readTree(r.out());
    assertThat(REPORT_SCHEMA.validate(json)).isEmpty();
    assertThat(json.at("/plans/0/checklists/0/items/0/answer/foundStatus").isTextual()).isTrue();
    assertThat(json.at("/plans/0/checklists/1/items/0/answer").isNull()).as("answers on other checklists' items").isTrue();
    // An item the consultant set aside has no reason of parat's; every format says who set it aside instead.
    for (String format : List.of("markdown", "html", "junit", "csv", "sarif", "github")) {
      Cli.Result other = Cli.run("check", "-f", format, plan.toString());
      assertThat(other.exit()).as(format + ": " + other.err()).isZero();
    }
    assertThat(Cli.run("check", "-f", "junit", plan.toString()).out())
        .contains("skipped message=\"not-applicable (ikke relevant): Sat af konsulenten (mette, 2025-03-04T10:15:30+01:00): "
            + "ikke relevant; parat fandt");
  }
}
