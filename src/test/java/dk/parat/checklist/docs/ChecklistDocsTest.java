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

  @org.junit.jupiter.api.Test
  void the_checked_in_concepts_page_is_up_to_date_and_names_the_items_that_use_each_concept() throws Exception {
    var source = ChecklistRepository.bundledOrFail(ChecklistRepository.CONCEPTS);
    var checklists = ChecklistLoader.load(bundled()).checklists().stream().map(CompiledChecklist::checklist).toList();
    String expected = ConceptDocs.render(source.read(dk.parat.checklist.ConceptFile.class), source.name(), checklists);
    Path page = Path.of("docs/checklists", ConceptDocs.FILE);
    assertThat(expected).contains("## same-time").containsPattern("used by: [^\\n]*BI-4-P2");
    assertThat(Files.exists(page) ? Files.readString(page) : "")
        .as(page + " is stale; regenerate it with: ./parat checklist docs --output-dir docs/checklists")
        .isEqualTo(expected);
  }
}
