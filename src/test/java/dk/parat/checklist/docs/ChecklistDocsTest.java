package dk.parat.checklist.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistRepository;
import dk.parat.checklist.CompiledChecklist;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reference pages in docs/checklists are generated from the YAML; the build fails when they are stale. */
class ChecklistDocsTest {

  static java.util.List<String> bundled() {
    return ChecklistRepository.bundledIds();
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void the_checked_in_reference_page_is_up_to_date(String id) throws Exception {
    CompiledChecklist c = ChecklistLoader.load(java.util.List.of(id)).checklists().get(0);
    Path page = Path.of("docs/checklists", id + ".md");
    String expected = ChecklistDocs.render(c.checklist(), c.source());
    assertThat(Files.exists(page) ? Files.readString(page) : "")
        .as(page + " is stale; regenerate it with: ./parat checklist docs --output-dir docs/checklists")
        .isEqualTo(expected);
  }
}
