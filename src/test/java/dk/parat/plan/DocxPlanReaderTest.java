package dk.parat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.parat.files.InputError;
import dk.parat.plan.word.DocxPlanReader;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

class DocxPlanReaderTest {

  private static final String PLAN = """
      ---
      title: Skærmbesøg i hjemmeplejen
      kommune: Fjordby Kommune
      fase: implementering og drift
      modenhed: afprøvet andetsteds
      sprog: da
      owner: Hanne Kjær
      ---
      # Skærmbesøg

      Indledning med **fed** tekst.

      ## Organisering

      Projektleder er Mette Hansen.

      - Superbrugere udpeges i marts.
      - Teamlederne følger op.

      | Rolle | Navn |
      |---|---|
      | Projektleder | Mette Hansen |
      """;

  private static XWPFDocument document(boolean danish) throws Exception {
    return DocxWriter.document(ExampleSource.parse(PLAN), danish);
  }

  private static Plan read(XWPFDocument doc) throws InputError {
    return new DocxPlanReader().read("plan.docx", DocxWriter.bytes(doc));
  }

  private static Block block(Plan plan, String text) {
    return plan.sections().stream().flatMap(s -> s.blocks().stream()).filter(b -> b.text().contains(text))
        .findFirst().orElseThrow(() -> new AssertionError("no block with " + text));
  }

  @Test
  void styles_make_headings_and_paragraphs_lists_and_table_rows_are_located_under_them() throws Exception {
    Plan plan = read(document(false));
    assertThat(plan.format()).isEqualTo(PlanFormat.WORD);
    assertThat(plan.sections()).extracting(Section::pathLabel).containsExactly("Skærmbesøg", "Skærmbesøg › Organisering");
    assertThat(block(plan, "Indledning").text()).isEqualTo("Indledning med fed tekst.");
    assertThat(block(plan, "Indledning").place()).isEqualTo(new Location.Paragraph(1));
    assertThat(block(plan, "Projektleder er").place()).isEqualTo(new Location.Paragraph(1));
    Block item = block(plan, "Teamlederne");
    assertThat(item.kind()).isEqualTo(Block.Kind.LIST_ITEM);
    assertThat(item.place()).isEqualTo(new Location.Paragraph(3));
    assertThat(item.firstLine()).isEqualTo(3);
    Block row = block(plan, "Projektleder | Mette");
    assertThat(row.kind()).isEqualTo(Block.Kind.TABLE_ROW);
    assertThat(row.text()).isEqualTo("Projektleder | Mette Hansen");
    assertThat(plan.sections().get(0).blocks().get(0).locationAt(5)).isEqualTo(new Location.Paragraph(1));
  }

  @Test
  void danish_style_ids_and_names_and_bare_outline_levels_make_headings_too() throws Exception {
    assertThat(read(document(true)).sections()).extracting(Section::pathLabel)
        .containsExactly("Skærmbesøg", "Skærmbesøg › Organisering");

    XWPFDocument named = document(false);
    // A style that only its name marks as a heading: no outline level, an id of its own.
    named.getStyles().addStyle(new XWPFStyle(style("MinOverskrift", "Overskrift 1")));
    named.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).forEach(p -> p.setStyle("MinOverskrift"));
    assertThat(read(named).sections()).extracting(Section::pathLabel).containsExactly("Skærmbesøg", "Skærmbesøg › Organisering");

    XWPFDocument outlined = document(false);
    XWPFParagraph plain = outlined.getParagraphs().stream().filter(p -> p.getText().startsWith("Projektleder er"))
        .findFirst().orElseThrow();
    plain.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(2));
    assertThat(read(outlined).sections()).extracting(Section::pathLabel)
        .contains("Skærmbesøg › Organisering › Projektleder er Mette Hansen.");
  }

  @Test
  void document_properties_give_the_context() throws Exception {
    PlanContext context = read(document(false)).context();
    assertThat(context.title()).isEqualTo("Skærmbesøg i hjemmeplejen");
    assertThat(context.municipality()).isEqualTo("Fjordby Kommune");
    assertThat(context.phase()).isEqualTo("implementering og drift");
    assertThat(context.maturity()).isEqualTo("proven-elsewhere");
    assertThat(context.language()).isEqualTo("da");
    assertThat(context.extra()).containsEntry("author", "Hanne Kjær");
  }

  @Test
  void an_unknown_phase_in_the_properties_is_an_error_naming_the_file() throws Exception {
    XWPFDocument doc = document(false);
    doc.getProperties().getCustomProperties().getProperty("fase").setLpwstr("pilotfase");
    assertThatThrownBy(() -> read(doc)).isInstanceOf(InputError.class)
        .hasMessageStartingWith("plan.docx: phase 'pilotfase' is not one parat knows");
  }

  @Test
  void deleted_text_comments_and_the_table_of_contents_are_not_plan_text() throws Exception {
    XWPFDocument doc = document(false);
    XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText().startsWith("Projektleder er"))
        .findFirst().orElseThrow();
    CTP ctp = p.getCTP();
    CTRunTrackChange deleted = ctp.addNewDel();
    deleted.setId(BigInteger.ONE);
    deleted.setAuthor("Ole");
    deleted.addNewR().addNewDelText().setStringValue(" Superbrugere droppes.");
    CTRunTrackChange inserted = ctp.addNewIns();
    inserted.setId(BigInteger.TWO);
    inserted.setAuthor("Ole");
    inserted.addNewR().addNewT().setStringValue(" Hun har 30 timer om ugen.");
    XWPFComment comment = doc.createComments().createComment(BigInteger.valueOf(3));
    comment.createParagraph().createRun().setText("Kommentar: skal vi droppe superbrugere?");
    ctp.addNewR().addNewCommentReference().setId(BigInteger.valueOf(3));
    XWPFParagraph toc = doc.insertNewParagraph(doc.getParagraphs().get(1).getCTP().newCursor());
    toc.setStyle("TOC1");
    doc.getStyles().addStyle(new XWPFStyle(style("TOC1", "toc 1")));
    toc.createRun().setText("Organisering ........ 2");

    Plan plan = read(doc);
    assertThat(block(plan, "Projektleder er").text()).isEqualTo("Projektleder er Mette Hansen. Hun har 30 timer om ugen.");
    assertThat(plan.sections().stream().flatMap(s -> s.blocks().stream()).map(Block::text))
        .noneMatch(t -> t.contains("droppe") || t.contains("........"));
  }

  private static CTStyle style(String id, String name) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.addNewName().setVal(name);
    return ct;
  }
}
