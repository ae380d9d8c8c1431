package dk.parat.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.parat.TestChecklists;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistLoaderTest {

  private static ChecklistException broken(String from, String to) {
    String yaml = TestChecklists.miniText();
    assertThat(yaml).contains(from);
    try {
      TestChecklists.compile(yaml.replace(from, to));
    } catch (ChecklistException e) {
      return e;
    }
    throw new AssertionError("the broken checklist loaded");
  }

  @Test
  void the_mini_checklist_loads() throws Exception {
    ChecklistSet set = TestChecklists.mini();
    assertThat(set.checklists()).hasSize(1);
    assertThat(set.checklists().get(0).items()).extracting(CompiledItem::id).containsExactly("MINI-I1", "MINI-P1", "MINI-I2");
  }

  @Test
  void an_unknown_key_names_file_line_column_and_the_allowed_keys() {
    ChecklistException e = broken("        page: 3\n        critical: true", "        page: 3\n        critcal: true");
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("mini.yaml");
      assertThat(p.line()).isEqualTo(TestChecklists.miniText().lines().toList().indexOf("        critical: true") + 1);
      assertThat(p.column()).isPositive();
      assertThat(p.message()).contains("unknown key 'critcal'").contains("critical");
    });
  }

  @Test
  void a_bad_kind_is_refused_with_the_kinds_allowed() {
    ChecklistException e = broken("kind: insight\n        title: {da: \"Alle", "kind: insigt\n        title: {da: \"Alle");
    assertThat(e.getMessage()).contains("mini.yaml:").contains("unknown kind 'insigt'").contains("insight, pitfall, question, principle");
  }

  @Test
  void duplicate_ids_are_refused_at_the_second_one() {
    ChecklistException e = broken("- id: MINI-I2", "- id: MINI-I1");
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.message()).contains("'MINI-I1' is used twice");
      assertThat(p.line()).isEqualTo(TestChecklists.miniText().lines().toList().indexOf("      - id: MINI-I2") + 1);
    });
  }

  @Test
  void a_pattern_that_does_not_compile_names_its_line() {
    ChecklistException e = broken("\"(rolle | roller) & ansvar\"", "\"(rolle | roller & ansvar\"");
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("MINI-I1").contains("close it with ')'");
      assertThat(p.line()).isEqualTo(TestChecklists.miniText().lines().toList().indexOf(
          "            da: [\"superbruger\", \"forandringsleder\", \"(rolle | roller) & ansvar\"]") + 1);
    });
  }

  @Test
  void a_missing_translation_is_named() {
    ChecklistException e = broken("advice: {da: \"Start småt.\", en: \"Start small.\"}", "advice: {da: \"Start småt.\"}");
    assertThat(e.getMessage()).contains("item MINI-P1 advice has no English translation");
  }

  @Test
  void every_problem_is_reported_at_once() {
    String yaml = TestChecklists.miniText().replace("        page: 1\n", "").replace("cap: ikke-klar", "cap: rød");
    assertThatThrownBy(() -> TestChecklists.compile(yaml)).isInstanceOf(ChecklistException.class)
        .satisfies(t -> assertThat(((ChecklistException) t).problems()).hasSizeGreaterThanOrEqualTo(2))
        .hasMessageContaining("has no 'page'")
        .hasMessageContaining("caps at 'rød', which is not a band id");
  }

  @Test
  void pitfalls_need_guard_and_exposure() {
    ChecklistException e = broken("          exposure:\n            da: [\"(alle", "          exposur:\n            da: [\"(alle");
    assertThat(e.getMessage()).contains("unknown key 'exposur'");
  }

  @Test
  void malformed_yaml_names_the_line() {
    ChecklistException e = broken("version: 0.1.0", "version: [0.1.0");
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.line()).isPositive());
  }

  @Test
  void an_unknown_checklist_id_lists_the_bundled_ones() {
    assertThatThrownBy(() -> ChecklistLoader.load(List.of("bedre-implementeringg")))
        .hasMessageContaining("no checklist with this id").hasMessageContaining("bedre-implementering");
  }

  @Test
  void every_bundled_checklist_loads() throws Exception {
    List<String> ids = ChecklistRepository.bundledIds();
    assertThat(ids).contains("bedre-implementering");
    assertThat(ChecklistLoader.load(ids).checklists()).hasSameSizeAs(ids);
  }

  @Test
  void the_core_checklist_has_every_item_of_the_content_map() throws Exception {
    CompiledChecklist core = ChecklistLoader.load(List.of("bedre-implementering")).checklists().get(0);
    List<String> expected = new java.util.ArrayList<>();
    for (int chapter = 1; chapter <= 4; chapter++) {
      for (int i = 1; i <= 3; i++) {
        expected.add("BI-" + chapter + "-I" + i);
      }
      for (int p = 1; p <= 4; p++) {
        expected.add("BI-" + chapter + "-P" + p);
      }
    }
    assertThat(core.items()).extracting(CompiledItem::id).containsExactlyElementsOf(expected);
    assertThat(core.checklist().chapters()).extracting(Chapter::pages).containsExactly("6-9", "10-13", "14-17", "18-21");
    core.items().forEach(i -> assertThat(i.item().kind()).isEqualTo(i.id().contains("-P") ? ItemKind.PITFALL : ItemKind.INSIGHT));
  }
}
