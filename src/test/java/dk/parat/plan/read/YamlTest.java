package dk.parat.plan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.parat.files.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The YAML of plans is read from the parser's tokens into what Jackson's databind would make of
 * it, without starting databind.
 */
class YamlTest {

  private static final ObjectMapper DATABIND = new ObjectMapper(Yaml.FACTORY);

  @ParameterizedTest
  @ValueSource(strings = {"", "# only a comment\n"})
  void an_empty_front_matter_is_an_empty_context(String yaml) throws InputError {
    assertThat(FrontMatter.split("plan.md", "---\n" + yaml + "---\n# Plan\n").map()).isEmpty();
  }

  static Stream<String> documents() throws Exception {
    List<String> own = List.of(
        "title: Skærmbesøg\nphase: implementering og drift\n",
        "~\n",
        "a: 1\nb: 12345678901\nc: 123456789012345678901234567890\nd: 1.5\ne: 1e3\nf: 0x1F\ng: -7\n",
        "a: true\nb: false\nc: yes\nd: no\ne: on\nf: ~\ng: null\nh:\n",
        "a: 2024-01-01\nb: '3'\nc: \"x: y\"\nd: |\n  two\n  lines\n",
        "list: [1, 'x', [2, 3], {k: v}]\nmap: {a: {b: {c: d}}}\nempty: []\nnone: {}\n",
        "waivers:\n  - item: BI-1-I1\n    reason: later\n    until: 2026-06-30\n",
        "m: &x 3\nn: *x\n",
        "1: one\ntrue: yes\n",
        "a: 1\n---\nb: 2\n",
        "- a\n- b\n",
        "just text\n");
    try (Stream<Path> plans = Files.list(Path.of("examples"))) {
      List<String> examples = plans.filter(p -> p.toString().matches(".*\\.(md|txt)$")).sorted()
          .map(YamlTest::frontMatter).filter(f -> !f.isEmpty()).toList();
      assertThat(examples).hasSizeGreaterThan(3);
      return Stream.concat(own.stream(), examples.stream());
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void a_document_reads_as_databind_reads_it(String yaml) throws Exception {
    Object databind = DATABIND.readValue(yaml, Object.class);
    if (databind == null || databind instanceof Map<?, ?>) {
      assertThat(Yaml.map("plan.md", yaml, 2)).isEqualTo(databind == null ? Map.of() : databind);
    } else {
      assertThatThrownBy(() -> Yaml.map("plan.md", yaml, 2)).isInstanceOf(InputError.class)
          .hasMessage("plan.md:2: the YAML here must be a mapping of keys to values (key: value)");
    }
    try (var parser = Yaml.FACTORY.createParser(yaml)) {
      parser.nextToken();
      assertThat(Yaml.value(parser)).isEqualTo(databind);
    }
  }

  @Test
  void binary_reads_as_its_bytes() throws Exception {
    assertThat((byte[]) Yaml.map("plan.md", "logo: !!binary aGVsbG8=\n", 2).get("logo")).isEqualTo("hello".getBytes());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a: 1\na: 2\n", "a: [1, 2\nb: 3\n", "a:\n  b: 1\n c: 2\n", "a: .inf\n", "a: 'x\n",
      "outer:\n  inner: 1\n  inner: 2\n"})
  void broken_yaml_is_the_same_error_on_the_same_line(String yaml) {
    InputError expected = null;
    try {
      DATABIND.readValue(yaml, Object.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      expected = Yaml.error("plan.md", e, 2);
    }
    assertThat(expected).as("databind refuses it").isNotNull();
    assertThatThrownBy(() -> Yaml.map("plan.md", yaml, 2)).isInstanceOf(InputError.class)
        .hasMessage(expected.getMessage());
  }

  @Test
  void a_duplicate_key_is_refused_on_its_line_in_the_file() {
    assertThatThrownBy(() -> Yaml.map("plan.md", "title: A\nphase: drift\ntitle: B\n", 2))
        .isInstanceOf(InputError.class)
        .hasMessageStartingWith("plan.md:4: the YAML cannot be read: duplicate key 'title'");
  }

  @Test
  void a_nested_duplicate_key_is_refused_on_its_line_in_the_file() {
    assertThatThrownBy(() -> Yaml.map("plan.md", "outer:\n  inner: 1\n  inner: 2\n", 5))
        .isInstanceOf(InputError.class).hasMessageStartingWith("plan.md:7: ");
  }

  @Test
  void scalars_keep_their_yaml_types() throws InputError {
    Map<?, ?> map = Yaml.map("plan.md", "s: tekst\ni: 3\nl: 12345678901\nd: 1.5\nb: true\nn: ~\n"
        + "list: [1, x]\nnested: {a: {b: c}}\n", 2);
    assertThat(map.get("s")).isEqualTo("tekst");
    assertThat(map.get("i")).isEqualTo(3);
    assertThat(map.get("l")).isEqualTo(12345678901L);
    assertThat(map.get("d")).isEqualTo(1.5);
    assertThat(map.get("b")).isEqualTo(true);
    assertThat(map.containsKey("n")).isTrue();
    assertThat(map.get("n")).isNull();
    assertThat(map.get("list")).isEqualTo(List.of(1, "x"));
    assertThat(map.get("nested")).isEqualTo(Map.of("a", Map.of("b", "c")));
  }

  private static String frontMatter(Path plan) {
    try {
      List<String> lines = Files.readAllLines(plan);
      if (lines.isEmpty() || !lines.get(0).equals("---")) {
        return "";
      }
      int end = lines.subList(1, lines.size()).indexOf("---") + 1;
      return String.join("\n", lines.subList(1, end)) + "\n";
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
