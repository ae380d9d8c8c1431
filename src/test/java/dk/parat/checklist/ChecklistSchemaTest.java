package dk.parat.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.parat.TestChecklists;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema and the loader agree on what a checklist file is. */
class ChecklistSchemaTest {

  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(read(Path.of("docs/schema/checklist.schema.json"), new ObjectMapper()));
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonNode read(Path path, ObjectMapper mapper) {
    try {
      return mapper.readTree(Files.readString(path));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Set<ValidationMessage> schemaErrors(String yaml) throws Exception {
    return SCHEMA.validate(YAML.readTree(yaml));
  }

  static java.util.List<String> bundled() {
    return ChecklistRepository.bundledIds();
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void every_bundled_checklist_passes_the_schema(String id) throws Exception {
    assertThat(schemaErrors(Files.readString(Path.of("checklists", id + ".yaml")))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("extensions")
  void the_example_extension_passes_the_schema(Path file) throws Exception {
    assertThat(schemaErrors(Files.readString(file))).isEmpty();
  }

  static java.util.stream.Stream<Path> extensions() throws Exception {
    return Files.list(Path.of("examples/checklists")).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown key             | '        critical: true'         | '        critcal: true'
      bad kind                | 'kind: insight'                  | 'kind: insigt'
      missing translation     | 'advice: {da: "Start småt.", en: "Start small."}' | 'advice: {da: "Start småt."}'
      bad phase               | 'phase: [idéudvikling]'          | 'phase: [pilot]'
      bad override status     | 'when: {status: missing, items'  | 'when: {status: absent, items'
      zero weight             | '        page: 3\n        critical' | '        page: 3\n        weight: 0\n        critical'
      page missing            | '        page: 1\n'              | ''
      bad checklist id        | 'id: mini'                       | 'id: Mini Tjekliste'
      questions missing       | '        questions: {da: ["Hvem gør hvad?"], en: ["Who does what?"]}\n' | ''
      """)
  void a_broken_file_is_refused_by_both_the_loader_and_the_schema(String what, String from, String to) throws Exception {
    String yaml = TestChecklists.miniText();
    String fromText = from.replace("\\n", "\n");
    assertThat(yaml).as(what).contains(fromText);
    String broken = yaml.replace(fromText, to.replace("\\n", "\n"));
    assertThat(schemaErrors(broken)).as(what + " (schema)").isNotEmpty();
    assertThatThrownBy(() -> TestChecklists.compile(broken)).as(what + " (loader)").isInstanceOf(ChecklistException.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      the mini checklist      | mini
      """)
  void a_good_file_passes_both(String what, String ignored) throws Exception {
    assertThat(schemaErrors(TestChecklists.miniText())).isEmpty();
    assertThat(TestChecklists.mini().checklists()).hasSize(1);
  }
}
