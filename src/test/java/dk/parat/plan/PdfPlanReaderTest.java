package dk.parat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.plan.pdf.PdfPlanReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfPlanReaderTest {

  private static final PdfWriter.Options OUTLINE = new PdfWriter.Options(true, false, "Side", "af");
  private static final PdfWriter.Options NO_OUTLINE = new PdfWriter.Options(false, false, "Page", "of");

  private static final String PLAN = """
      ---
      title: Talegenkendelse
      kommune: Fjordby Kommune
      fase: idéudvikling
      ---
      # Talegenkendelse

      ## Organisering

      ### Roller

      Projektleder er Mette Hansen, og superbrugerne udpeges i marts.

      - Teamlederne følger op hver uge.

      | Rolle | Navn | Timer |
      |---|---|---|
      | Projektleder | Mette Hansen | 30 |
      | Superbruger | Ole Berg | 4 |

      ## Økonomi

      Budgettet er 2,4 mio. kr.
      """;

  private static Plan read(String markdown, PdfWriter.Options options) throws Exception {
    return new PdfPlanReader().read("plan.pdf", PdfWriter.pdf(ExampleSource.parse(markdown), options));
  }

  private static List<Block> blocks(Plan plan) {
    return plan.sections().stream().flatMap(s -> s.blocks().stream()).toList();
  }

  private static Block block(Plan plan, String text) {
    return blocks(plan).stream().filter(b -> b.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no block with " + text));
  }

  @Test
  void the_outline_gives_the_headings_at_every_level() throws Exception {
    Plan plan = read(PLAN, OUTLINE);
    assertThat(plan.format()).isEqualTo(PlanFormat.PDF);
    assertThat(plan.sections()).extracting(Section::pathLabel).containsExactly("Talegenkendelse",
        "Talegenkendelse › Organisering", "Talegenkendelse › Organisering › Roller", "Talegenkendelse › Økonomi");
  }

  @Test
  void without_an_outline_larger_type_makes_the_headings() throws Exception {
    Plan plan = read(PLAN, NO_OUTLINE);
    assertThat(plan.sections()).extracting(Section::pathLabel).containsExactly("Talegenkendelse",
        "Talegenkendelse › Organisering", "Talegenkendelse › Organisering › Roller", "Talegenkendelse › Økonomi");
  }

  @Test
  void paragraphs_list_items_and_table_rows_are_located_by_page_and_paragraph() throws Exception {
    Plan plan = read(PLAN, OUTLINE);
    Block paragraph = block(plan, "Projektleder er");
    assertThat(paragraph.text()).isEqualTo("Projektleder er Mette Hansen, og superbrugerne udpeges i marts.");
    // Page 1 begins with three headings.
    assertThat(paragraph.place()).isEqualTo(new Location.PageParagraph(1, 4));
    assertThat(paragraph.firstLine()).isEqualTo(1);
    Block item = block(plan, "Teamlederne");
    assertThat(item.kind()).isEqualTo(Block.Kind.LIST_ITEM);
    assertThat(item.text()).isEqualTo("Teamlederne følger op hver uge.");
    // The header row names the columns; as in Markdown, it is no plan text.
    assertThat(blocks(plan)).filteredOn(b -> b.kind() == Block.Kind.TABLE_ROW).extracting(Block::text)
        .containsExactly("Projektleder | Mette Hansen | 30", "Superbruger | Ole Berg | 4");
  }

  @Test
  void the_document_information_gives_the_context() throws Exception {
    PlanContext context = read(PLAN, OUTLINE).context();
    assertThat(context.title()).isEqualTo("Talegenkendelse");
    assertThat(context.municipality()).isEqualTo("Fjordby Kommune");
    assertThat(context.phase()).isEqualTo("idéudvikling");
  }

  @Test
  void running_headers_footers_and_page_numbers_are_not_plan_text_and_paragraphs_go_on_across_pages() throws Exception {
    StringBuilder md = new StringBuilder("---\ntitle: Lang plan\nkommune: Fjordby Kommune\n---\n# Lang plan\n\n");
    List<String> who = List.of("teamlederen", "projektlederen", "superbrugeren", "visitatoren", "IT-koordinatoren",
        "arbejdsmiljørepræsentanten", "styregruppen");
    for (int i = 1; i <= 60; i++) {
      md.append("Afsnit ").append(i).append(" beskriver, hvordan ").append(who.get(i % who.size()))
          .append(" arbejder med planen, og hvem der følger op sammen med ").append(who.get(i * 3 % who.size()))
          .append(" på de skridt, der blev aftalt med ").append(who.get(i * 5 % who.size())).append(".\n\n");
    }
    Plan plan = read(md.toString(), NO_OUTLINE);
    assertThat(blocks(plan)).hasSize(60).allSatisfy(b -> assertThat(b.text()).startsWith("Afsnit ")
        .doesNotContain("Fjordby Kommune ·").doesNotContain("Page "));
    assertThat(blocks(plan).get(59).place()).isInstanceOfSatisfying(Location.PageParagraph.class,
        p -> assertThat(p.page()).isGreaterThan(1));
  }

  @Test
  void words_hyphenated_at_line_ends_are_whole_again() throws Exception {
    String text = "Medarbejderne i hjemmeplejen får introduktionsundervisning, kompetenceudviklingsforløb og "
        + "sidemandsoplæring i arbejdsmiljøorganisationen, før skærmbesøgsordningen udbredes til sygeplejegrupperne "
        + "og rehabiliteringsteamene i alle distrikterne i kommunen.";
    Plan plan = read("# Oplæring\n\n" + text + "\n", new PdfWriter.Options(false, true, "Side", "af"));
    assertThat(block(plan, "Medarbejderne").text()).isEqualTo(text);
  }
}
