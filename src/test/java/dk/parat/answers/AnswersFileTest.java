package dk.parat.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.parat.checklist.Status;
import dk.parat.files.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The answers file: written whole, read back the same, and every mistake in it named with its line. */
class AnswersFileTest {

  private static final String DIGEST = "a".repeat(64);
  private static final OffsetDateTime AT = OffsetDateTime.parse("2025-03-04T10:15:30+01:00");

  @TempDir
  Path dir;

  private Answers read(String yaml) throws Exception {
    Path file = dir.resolve("plan.md.parat.yaml");
    Files.writeString(file, yaml);
    return AnswersFile.read(file, "plan.md.parat.yaml").orElseThrow();
  }

  private InputError broken(String yaml) {
    return (InputError) org.assertj.core.api.Assertions.catchThrowable(() -> read(yaml));
  }

  @Test
  void the_sidecar_sits_beside_the_plan() {
    assertThat(AnswersFile.besidePlan(Path.of("plans", "plan.md"))).isEqualTo(Path.of("plans", "plan.md.parat.yaml"));
  }

  @Test
  void no_file_means_no_answers() throws Exception {
    assertThat(AnswersFile.read(dir.resolve("none.parat.yaml"), "none.parat.yaml")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Møde med æ, ø og å", "yes", "no", "123", "1.0", "# not a comment", "key: value",
      "it's \"quoted\" \\ back", "- a list?", "~", "null", "line one\nline two", "  padded  "})
  void a_note_comes_back_exactly_as_it_was_written(String note) throws Exception {
    Path file = dir.resolve("plan.md.parat.yaml");
    Answers answers = Answers.empty("plan.md.parat.yaml")
        .with(new Answer("BI-1-I1", Status.COVERED, note, "Mette Holm", AT, DIGEST, 0));
    AnswersFile.write(file, answers, "plan.md");
    Answer back = AnswersFile.read(file, "plan.md.parat.yaml").orElseThrow().answers().get(0);
    assertThat(back.note()).isEqualTo(note.isBlank() ? null : note);
    assertThat(back).usingRecursiveComparison().ignoringFields("line", "note").isEqualTo(answers.answers().get(0));
  }

  @Test
  void the_file_is_plain_yaml_with_item_status_note_who_when_and_digest() throws Exception {
    Path file = dir.resolve("plan.md.parat.yaml");
    Answers answers = Answers.empty("plan.md.parat.yaml")
        .with(new Answer("BI-1-I1", Status.PARTIAL, "budget i udkast", "mette", AT, DIGEST, 0))
        .with(new Answer("BI-2-P1", null, "kun en note", "mette", AT, DIGEST, 0));
    AnswersFile.write(file, answers, "plan.md");
    Map<?, ?> yaml = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), Map.class);
    assertThat(yaml.get("parat_answers")).isEqualTo(1);
    assertThat(yaml.get("plan")).isEqualTo("plan.md");
    assertThat(yaml.get("last")).isEqualTo("BI-2-P1");
    assertThat(yaml.get("answers")).isEqualTo(List.of(
        Map.of("item", "BI-1-I1", "status", "partial", "note", "budget i udkast", "by", "mette",
            "at", "2025-03-04T10:15:30+01:00", "plan_digest", DIGEST),
        Map.of("item", "BI-2-P1", "note", "kun en note", "by", "mette", "at", "2025-03-04T10:15:30+01:00",
            "plan_digest", DIGEST)));
    assertThat(Files.list(dir)).as("no temporary file is left behind").containsExactly(file);
  }

  @Test
  void a_later_answer_on_an_item_replaces_the_earlier_in_place() {
    Answers answers = Answers.empty("f")
        .with(new Answer("A", Status.MISSING, null, "x", AT, DIGEST, 0))
        .with(new Answer("B", Status.COVERED, null, "x", AT, DIGEST, 0))
        .with(new Answer("A", Status.PARTIAL, "n", "x", AT, DIGEST, 0));
    assertThat(answers.answers()).extracting(Answer::item, Answer::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A", Status.PARTIAL),
            org.assertj.core.groups.Tuple.tuple("B", Status.COVERED));
    assertThat(answers.last()).isEqualTo("A");
  }

  @Test
  void an_answer_without_a_digest_counts_as_possibly_stale() throws Exception {
    Answer a = read("answers:\n- item: BI-1-I1\n  status: covered\n  by: mette\n  at: 2025-03-04T10:15:30+01:00\n")
        .answers().get(0);
    assertThat(a.planDigest()).isNull();
    assertThat(a.staleFor(DIGEST)).isTrue();
    assertThat(a.line()).isEqualTo(2);
  }

  @Test
  void mistakes_are_named_with_their_line_and_what_to_do() {
    String head = "parat_answers: 1\nplan: plan.md\nanswers:\n";
    assertThat(broken(head + "- item: BI-1-I1\n  status: coverd\n  by: m\n  at: 2025-03-04T10:15:30+01:00\n"))
        .hasMessageStartingWith("plan.md.parat.yaml:5: the answer for BI-1-I1 has status 'coverd', which is not a status; use covered, partial");
    assertThat(broken(head + "- item: BI-1-I1\n  status: covered\n  who: m\n"))
        .hasMessage("plan.md.parat.yaml:6: an answer has an unknown key 'who'; an answer has item, status, note, by, at, plan_digest");
    assertThat(broken(head + "- status: covered\n  by: m\n  at: 2025-03-04T10:15:30+01:00\n"))
        .hasMessageContaining("plan.md.parat.yaml:4: an answer has no 'item'");
    assertThat(broken(head + "- item: BI-1-I1\n  status: covered\n  at: 2025-03-04T10:15:30+01:00\n"))
        .hasMessage("plan.md.parat.yaml:4: the answer for BI-1-I1 does not say who gave it; add 'by: NAME'");
    assertThat(broken(head + "- item: BI-1-I1\n  status: covered\n  by: m\n  at: tuesday\n"))
        .hasMessageStartingWith("plan.md.parat.yaml:7: the answer for BI-1-I1 has at 'tuesday'; write when it was given as an ISO timestamp");
    assertThat(broken(head + "- item: BI-1-I1\n  by: m\n  at: 2025-03-04T10:15:30+01:00\n"))
        .hasMessageContaining(":4: the answer for BI-1-I1 has neither a status nor a note");
    assertThat(broken(head + "- {item: A, status: covered, by: m, at: '2025-03-04T10:15:30+01:00'}\n"
        + "- {item: A, status: missing, by: m, at: '2025-03-04T10:15:30+01:00'}\n"))
        .hasMessage("plan.md.parat.yaml:5: A is answered twice (also on line 4); keep the answer that holds and delete the other");
    assertThat(broken(head + "- item: A\n  status: covered\n  by: m\n  at: 2025-03-04T10:15:30+01:00\n  plan_digest: abc\n"))
        .hasMessageContaining(":8: the answer for A has plan_digest 'abc', which is no SHA-256");
    assertThat(broken("parat_answers: 2\nanswers: []\n"))
        .hasMessage("plan.md.parat.yaml:1: is in answers format 2, and this parat reads format 1; use the parat that wrote it, or a newer one");
    assertThat(broken("answers:\n- item: 'A\n")).hasMessageStartingWith("plan.md.parat.yaml:")
        .hasMessageContaining("is not valid YAML").hasMessageEndingWith("or delete the file to start the answers afresh");
    assertThat(broken("- just a list\n")).hasMessageContaining(":1: must be a mapping with parat_answers");
    assertThat(broken("comments: yes\n")).hasMessage("plan.md.parat.yaml:1: unknown key 'comments'; the file holds parat_answers, plan, last and answers");
  }

  @Test
  void a_file_that_is_not_utf8_is_refused_with_what_to_do() throws Exception {
    Path file = dir.resolve("plan.md.parat.yaml");
    Files.write(file, new byte[] {'n', 'o', 't', 'e', ':', ' ', (byte) 0xE6});
    assertThatThrownBy(() -> AnswersFile.read(file, "plan.md.parat.yaml"))
        .hasMessage("plan.md.parat.yaml: is not UTF-8; save it as UTF-8, or delete it to start the answers afresh");
  }
}
