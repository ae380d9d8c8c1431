package dk.parat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.parat.files.InputError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReadersTest {

  private final PlanLoader loader = PlanLoader.standard();

  private Plan read(String name, String text) throws InputError {
    return loader.read(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Block blockContaining(Plan plan, String text) {
    return plan.sections().stream().flatMap(s -> s.blocks().stream()).filter(b -> b.text().contains(text))
        .findFirst().orElseThrow(() -> new AssertionError("no block with " + text));
  }

  @Test
  void markdown_front_matter_gives_the_context_and_headings_give_sections_with_lines() throws Exception {
    Plan plan = read("p.md", """
        ---
        title: Skærmbesøg
        kommune: Fjordby Kommune
        fase: Implementering og drift
        maturity: proven elsewhere
        language: da
        ---
        # Plan

        Indledning.

        ## Organisering

        Projektleder er Mette Hansen,
        som har ansvaret.

        - Superbrugere udpeges i marts.
        """);
    assertThat(plan.format()).isEqualTo(PlanFormat.MARKDOWN);
    assertThat(plan.context().title()).isEqualTo("Skærmbesøg");
    assertThat(plan.context().municipality()).isEqualTo("Fjordby Kommune");
    assertThat(plan.context().phase()).isEqualTo("implementering og drift");
    assertThat(plan.context().maturity()).isEqualTo("proven-elsewhere");
    assertThat(plan.sections()).extracting(Section::pathLabel).containsExactly("Plan", "Plan › Organisering");
    assertThat(plan.sections().get(1).headingLine()).isEqualTo(12);
    Block paragraph = blockContaining(plan, "Projektleder");
    assertThat(paragraph.firstLine()).isEqualTo(14);
    assertThat(paragraph.lineAt(paragraph.text().indexOf("som har"))).isEqualTo(15);
    Block item = blockContaining(plan, "Superbrugere");
    assertThat(item.kind()).isEqualTo(Block.Kind.LIST_ITEM);
    assertThat(item.firstLine()).isEqualTo(17);
  }

  @Test
  void markdown_tables_become_one_block_per_row_with_its_cells() throws Exception {
    Plan plan = read("t.md", """
        ## Roller

        | Rolle | Navn | Timer |
        |---|---|---|
        | Projektleder | Mette Hansen | 30 |
        | Superbruger | Ole Berg | 4 |
        """);
    Block row = blockContaining(plan, "Ole Berg");
    assertThat(row.kind()).isEqualTo(Block.Kind.TABLE_ROW);
    assertThat(row.text()).isEqualTo("Superbruger | Ole Berg | 4");
    assertThat(row.firstLine()).isEqualTo(6);
  }

  @Test
  void setext_headings_and_emphasis_are_read_by_the_markdown_parser() throws Exception {
    Plan plan = read("s.md", "Formål\n======\n\nVi vil *styrke* **kvaliteten**.\n");
    assertThat(plan.sections().get(0).heading()).isEqualTo("Formål");
    assertThat(blockContaining(plan, "styrke").text()).isEqualTo("Vi vil styrke kvaliteten.");
  }

  @Test
  void yaml_plans_turn_keys_into_sections_and_lists_into_items() throws Exception {
    Plan plan = read("p.yaml", """
        context:
          title: RPA i økonomi
          phase: konsekvensvurdering
        baggrund: |
          Vi bruger meget tid på bogføring.

          Robotten skal tage de faste opgaver.
        organisering:
          roller:
            - Projektleder Anna Holm
            - Superbrugere i hvert team
          ansvarlig: Økonomichef Bo Dahl
        """);
    assertThat(plan.format()).isEqualTo(PlanFormat.YAML);
    assertThat(plan.context().title()).isEqualTo("RPA i økonomi");
    assertThat(plan.context().phase()).isEqualTo("konsekvensvurdering");
    assertThat(plan.sections()).extracting(Section::pathLabel)
        .containsExactly("Baggrund", "Organisering", "Organisering › Roller");
    assertThat(blockContaining(plan, "Robotten").firstLine()).isEqualTo(7);
    assertThat(blockContaining(plan, "Anna Holm").firstLine()).isEqualTo(10);
    assertThat(blockContaining(plan, "Bo Dahl").text()).isEqualTo("Ansvarlig: Økonomichef Bo Dahl");
  }

  /**
   * At the top of a YAML plan "målgruppe", "brugere" and "navn" head prose as often as they name
   * the context, and a context value must be one parat knows: there they are sections, and in a
   * {@code context:} map context, as in front matter.
   */
  @Test
  void a_yaml_plans_top_level_target_group_is_a_section_of_prose_and_context_only_in_its_context_map() throws Exception {
    Plan plan = read("p.yaml", """
        titel: Skærmbesøg
        målgruppe: Borgere over 65 år i hjemmeplejen, som selv kan betjene en tablet
        brugere: Sygeplejersker og social- og sundhedsassistenter i to distrikter
        """);
    assertThat(plan.context().title()).isEqualTo("Skærmbesøg");
    assertThat(plan.context().audience()).isNull();
    assertThat(plan.sections()).extracting(Section::pathLabel).containsExactly("Målgruppe", "Brugere");
    assertThat(blockContaining(plan, "tablet").firstLine()).isEqualTo(2);

    Plan declared = read("p.yaml", "context:\n  målgruppe: citizen-facing\nbaggrund: Vi vil se borgerne oftere.\n");
    assertThat(declared.context().audience()).isEqualTo("citizen-facing");
  }

  @Test
  void plain_text_headings_are_numbered_or_underlined() throws Exception {
    Plan plan = read("p.txt", """
        Implementeringsplan
        ===================

        1. Baggrund
        Vi vil indføre digitale låse.

        2.1 Organisering
        - Projektleder: Kim Ravn
        1. Vi holder tre workshops i marts, og alle deltager.
        """);
    assertThat(plan.sections()).extracting(Section::pathLabel)
        .containsExactly("Implementeringsplan", "Implementeringsplan › Baggrund", "Implementeringsplan › Baggrund › Organisering");
    assertThat(blockContaining(plan, "Kim Ravn").kind()).isEqualTo(Block.Kind.LIST_ITEM);
    assertThat(blockContaining(plan, "workshops").firstLine()).isEqualTo(9);
  }

  @Test
  void front_matter_may_hold_the_context_as_a_map_of_its_own_as_yaml_plans_do() throws Exception {
    String front = """
        ---
        context:
          title: Faldsensorer
          kommune: Kærbølle Kommune
          phase: implementering
          scale: unit
        version: 0.9
        ---
        """;
    for (String name : List.of("p.md", "p.txt")) {
      Plan plan = read(name, front + "# Plan\n\nIndledning.\n");
      assertThat(plan.context().title()).as(name).isEqualTo("Faldsensorer");
      assertThat(plan.context().municipality()).as(name).isEqualTo("Kærbølle Kommune");
      assertThat(plan.context().phase()).as(name).isEqualTo("implementering og drift");
      assertThat(plan.context().scale()).as(name).isEqualTo("unit");
      assertThat(plan.context().unknownKeys()).as(name).isEmpty();
    }
    assertThatThrownBy(() -> read("p.md", "---\ncontext:\n  title: X\n  phase: pilotfase\n---\n# X\n"))
        .isInstanceOf(InputError.class).hasMessageContaining("p.md:4").hasMessageContaining("phase 'pilotfase'");
  }

  @Test
  void an_unknown_phase_is_an_error_on_its_line() {
    assertThatThrownBy(() -> read("p.md", "---\ntitle: X\nphase: pilotfase\n---\n# X\n"))
        .isInstanceOf(InputError.class)
        .hasMessageContaining("p.md:3")
        .hasMessageContaining("phase 'pilotfase'")
        .hasMessageContaining("idéudvikling | konsekvensvurdering");
  }

  @Test
  void malformed_front_matter_names_the_line() {
    assertThatThrownBy(() -> read("p.md", "---\ntitle: X\nphase: [oops\n---\n# X\n"))
        .hasMessageStartingWith("p.md:").hasMessageContaining("YAML");
    assertThatThrownBy(() -> read("p.md", "---\ntitle: X\n# X\n")).hasMessageContaining("never ends");
  }

  @Test
  void binary_empty_and_wrongly_encoded_files_are_refused_with_what_to_do(@TempDir Path dir) throws Exception {
    Path binary = dir.resolve("plan.md");
    Files.write(binary, new byte[] {'%', 'P', 'D', 'F', '-', 0, 1, 2});
    assertThatThrownBy(() -> loader.load(binary)).hasMessageContaining("binary file (a PDF)").hasMessageContaining("rename it to .pdf");
    Path empty = dir.resolve("empty.md");
    Files.writeString(empty, "  \n\n");
    assertThatThrownBy(() -> loader.load(empty)).hasMessageContaining("is empty");
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Første linje\nMålgruppe: ældre\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> loader.load(latin1)).hasMessageContaining("latin1.txt:1").hasMessageContaining("Save it as UTF-8");
    assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("is a folder");
    assertThatThrownBy(() -> loader.load(dir.resolve("nope.md"))).hasMessageContaining("no such file");
    Path doc = dir.resolve("plan.doc");
    Files.write(doc, new byte[] {1});
    assertThatThrownBy(() -> loader.load(doc)).hasMessageContaining("ending parat does not read")
        .hasMessageContaining(".docx, .pdf").hasMessageContaining("save the plan from its program as Word .docx or as PDF");
  }

  @Test
  void a_utf8_byte_order_mark_and_windows_line_ends_are_accepted() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "# Plan\r\n\r\nTekst på linje tre.\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    Plan plan = loader.read("w.md", all);
    assertThat(blockContaining(plan, "Tekst").firstLine()).isEqualTo(3);
  }

  @Test
  void the_same_bytes_give_the_same_digest() throws Exception {
    assertThat(read("a.md", "# A\n\nx\n").digest()).isEqualTo(read("b.md", "# A\n\nx\n").digest())
        .isNotEqualTo(read("c.md", "# A\n\ny\n").digest());
    assertThat(List.of(loader.extensions())).isNotEmpty();
  }

  @Test
  void the_loader_reads_a_file_by_its_ending_and_never_an_answers_file() {
    PlanLoader loader = PlanLoader.standard();

    for (String plan : List.of("plan.md", "PLAN.MD", "plan.yaml", "plan.txt", "plan.docx", "plan.pdf")) {
      assertThat(loader.reads(plan)).as(plan).isTrue();
    }
    for (String other : List.of("plan.md.parat.yaml", "plan.doc", "plan.docx.bak", "plan", "gaps.csv")) {
      assertThat(loader.reads(other)).as(other).isFalse();
    }
  }
}
