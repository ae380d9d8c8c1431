package dk.parat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.checklist.ChecklistLoader;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Word and PDF examples say what their Markdown originals say, and parat judges them alike. */
class ExampleDocumentsTest {

  private static final PlanLoader LOADER = PlanLoader.standard();
  private static Scorer scorer;

  @BeforeAll
  static void checklist() throws Exception {
    scorer = new Scorer(ChecklistLoader.load(List.of("bedre-implementering")));
  }

  static List<Arguments> documents() {
    return ExampleDocuments.ALL.stream().flatMap(e -> List.of(
        Arguments.of(e.markdown(), Path.of("examples", e.docxName())),
        Arguments.of(e.markdown(), Path.of("examples", e.pdfName()))).stream()).toList();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void each_item_gets_the_same_status_as_in_the_markdown_original(Path markdown, Path document) throws Exception {
    List<ItemResult> original = scorer.score(LOADER.load(markdown)).scores().get(0).items();
    List<ItemResult> other = scorer.score(LOADER.load(document)).scores().get(0).items();
    assertThat(other).hasSameSizeAs(original);
    for (int i = 0; i < original.size(); i++) {
      assertThat(other.get(i).status()).as(document + " " + original.get(i).item().item().id())
          .isEqualTo(original.get(i).status());
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void the_text_headings_and_context_are_the_originals(Path markdown, Path document) throws Exception {
    Plan original = LOADER.load(markdown);
    Plan read = LOADER.load(document);
    assertThat(read.context()).usingRecursiveComparison().ignoringFields("extra").isEqualTo(original.context());
    assertThat(read.sections()).extracting(Section::pathLabel)
        .containsExactlyElementsOf(original.sections().stream().map(Section::pathLabel).toList());
    assertThat(texts(read)).containsExactlyElementsOf(texts(original));
  }

  @Test
  void the_checked_in_documents_read_as_freshly_generated_ones(@TempDir Path dir) throws Exception {
    ExampleDocuments.main(new String[] {dir.toString()});
    for (ExampleDocuments.Example e : ExampleDocuments.ALL) {
      for (String name : List.of(e.docxName(), e.pdfName())) {
        Plan fresh = LOADER.read(name, Files.readAllBytes(dir.resolve(name)));
        Plan checkedIn = LOADER.read(name, Files.readAllBytes(Path.of("examples", name)));
        assertThat(checkedIn.sections()).as(name).isEqualTo(fresh.sections());
        assertThat(checkedIn.context()).as(name).isEqualTo(fresh.context());
      }
    }
  }

  private static List<String> texts(Plan plan) {
    return plan.sections().stream().flatMap(s -> s.blocks().stream()).map(b -> b.kind() + " " + b.text()).toList();
  }
}
