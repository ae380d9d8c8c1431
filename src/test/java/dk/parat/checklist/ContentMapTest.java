package dk.parat.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.text.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The documents the checklists are written to, kept in {@code docs/}: every item of the content
 * map (docs/content-map.md) is in a bundled checklist, complete in both languages, and every
 * status is one that the scoring semantics (docs/scoring-semantics.md) define.
 */
class ContentMapTest {

  private static final Path CONTENT_MAP = Path.of("docs/content-map.md");
  private static final Path SCORING_SEMANTICS = Path.of("docs/scoring-semantics.md");

  /** The content map's ids, its ranges ("SO-BC-1 … SO-BC-6") spelt out. */
  static List<String> contentMapIds() {
    List<String> ids = new ArrayList<>();
    for (int c = 1; c <= 4; c++) {
      range(ids, "BI-" + c + "-I", 1, 3);
      range(ids, "BI-" + c + "-P", 1, 4);
    }
    for (int c = 1; c <= 4; c++) {
      range(ids, "SO-" + c + "-Q", 1, 5);
    }
    range(ids, "SO-BC-", 1, 6);
    range(ids, "SO-DE-", 1, 10);
    range(ids, "SO-KU-", 1, 3);
    range(ids, "SO-IP-", 1, 10);
    range(ids, "SO-FR-", 1, 5);
    range(ids, "SO-PH-", 1, 4);
    range(ids, "LEAD-", 1, 3);
    range(ids, "TP-S", 1, 5);
    range(ids, "TP-B", 1, 4);
    return ids;
  }

  private static void range(List<String> ids, String prefix, int from, int to) {
    for (int i = from; i <= to; i++) {
      ids.add(prefix + i);
    }
  }

  @Test
  void the_id_list_matches_the_content_map() throws Exception {
    Matcher m = Pattern.compile("\\b(BI-\\d-[IP]\\d|SO-[A-Z]{2}-\\d+|LEAD-\\d|TP-[SB]\\d)\\b")
        .matcher(Files.readString(CONTENT_MAP));
    List<String> ids = contentMapIds();
    List<String> named = new ArrayList<>();
    while (m.find()) {
      named.add(m.group(1));
    }
    assertThat(named).as("ids named in " + CONTENT_MAP).isNotEmpty();
    assertThat(ids).as("content map ids").containsAll(named);
  }

  @Test
  void every_status_has_its_meaning_in_the_scoring_semantics() throws Exception {
    String semantics = Files.readString(SCORING_SEMANTICS);
    for (Status status : Status.values()) {
      assertThat(semantics).as(SCORING_SEMANTICS + " defines " + status.id()).contains("`" + status.id() + "` —");
    }
  }

  @Test
  void every_content_map_id_is_bundled_with_page_texts_questions_and_advice() throws Exception {
    Map<String, CompiledItem> bundled = new HashMap<>();
    for (CompiledChecklist c : ChecklistLoader.load(ChecklistRepository.bundledIds()).checklists()) {
      c.items().forEach(i -> bundled.put(i.id(), i));
    }
    for (String id : contentMapIds()) {
      assertThat(bundled).as("bundled checklists").containsKey(id);
      Item item = bundled.get(id).item();
      assertThat(item.page()).as(id + " page").isPositive();
      for (Lang lang : Lang.values()) {
        assertThat(item.title().in(lang)).as(id + " title " + lang).isNotBlank();
        assertThat(item.description().in(lang)).as(id + " description " + lang).isNotBlank();
        assertThat(item.advice().in(lang)).as(id + " advice " + lang).isNotBlank();
        assertThat(item.questions().in(lang)).as(id + " questions " + lang).isNotEmpty();
      }
    }
  }
}
