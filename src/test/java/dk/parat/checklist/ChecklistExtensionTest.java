package dk.parat.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.parat.Cli;
import dk.parat.TestChecklists;
import dk.parat.plan.PlanLoader;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A municipality's own checklist that extends the core one changes the score as README documents. */
class ChecklistExtensionTest {

  private static final String EXTENSION = "examples/checklists/fjordby-implementering.yaml";
  private static final Path PLAN = Path.of("examples/skaermbesoeg-hjemmeplejen.md");

  private static ChecklistScore score(String checklist) throws Exception {
    ChecklistSet set = ChecklistLoader.load(List.of(checklist));
    return new Scorer(set).score(PlanLoader.standard().load(PLAN)).scores().get(0);
  }

  private static ItemResult item(ChecklistScore s, String id) {
    return s.items().stream().filter(i -> i.item().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void the_extension_changes_weights_switches_items_off_adds_items_and_moves_bands() throws Exception {
    ChecklistScore core = score("bedre-implementering");
    ChecklistScore own = score(EXTENSION);
    assertThat(own.checklist().id()).isEqualTo("fjordby-implementering");
    assertThat(item(own, "BI-1-P2").weight()).isEqualTo(2.0);
    assertThat(item(own, "BI-4-P4").item().item().isCritical()).isTrue();
    ItemResult support = item(own, "BI-4-I3");
    assertThat(support.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(support.notApplicableReason().da()).startsWith("Support leveres af Digitaliseringsenheden");
    assertThat(own.items()).extracting(i -> i.item().id()).contains("FJ-3-I4").hasSize(29);
    assertThat(item(own, "FJ-3-I4").item().chapter().id()).isEqualTo("3");
    assertThat(own.checklist().checklist().bands().get(0).min()).isEqualTo(85.0);
    // Items the extension leaves alone are judged the same way.
    assertThat(item(own, "BI-2-I1").status()).isEqualTo(item(core, "BI-2-I1").status());
    assertThat(own.overall()).isNotEqualTo(core.overall());
  }

  @Test
  void an_extension_that_names_an_unknown_item_is_refused_with_its_line(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("own.yaml");
    Files.writeString(file, """
        id: own
        extends: bedre-implementering
        version: 1.0.0
        title: {da: Egen, en: Own}
        changes:
          BI-9-P9: {weight: 2}
        """);
    assertThatThrownBy(() -> ChecklistLoader.load(List.of(file.toString())))
        .hasMessageContaining(file + ":6:3: changes names item 'BI-9-P9'");
  }

  @Test
  void an_extension_of_a_file_resolves_the_path_beside_it(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("base.yaml"), TestChecklists.miniText());
    Path own = dir.resolve("own.yaml");
    Files.writeString(own, """
        id: own
        extends: base.yaml
        version: 1.0.0
        title: {da: Egen, en: Own}
        changes:
          MINI-I2: {off: {da: "Ikke her.", en: "Not here."}}
        """);
    Cli.Result r = Cli.run("check", "-c", own.toString(), "-f", "csv", PLAN.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("own,2,MINI-I2,insight,not-applicable");
  }

  @Test
  void a_loop_of_extensions_is_refused(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.yaml"), "id: a\nextends: b.yaml\nversion: 1\ntitle: {da: A, en: A}\n");
    Files.writeString(dir.resolve("b.yaml"), "id: b\nextends: a.yaml\nversion: 1\ntitle: {da: B, en: B}\n");
    assertThatThrownBy(() -> ChecklistLoader.load(List.of(dir.resolve("a.yaml").toString())))
        .hasMessageContaining("loop of checklists");
  }
}
