package dk.parat.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Markdown report parses as GitHub-flavoured Markdown with the structure a reader expects. */
class MarkdownReportTest {

  @ParameterizedTest
  @ValueSource(strings = {"examples/skaermbesoeg-hjemmeplejen.md", "examples/ai-chatbot-borgerservice.md",
      "examples/rpa-oekonomiforvaltningen.yaml", "examples/digitale-laase-hjemmeplejen.txt",
      "examples/skaermbesoeg-hjemmeplejen.docx", "examples/cross-municipal-data-platform.pdf"})
  void the_report_is_well_formed_gfm(String plan) {
    String report = Cli.run("check", "--detail", plan).out();
    Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(report);
    List<Heading> headings = new ArrayList<>();
    List<TableBlock> tables = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        headings.add(heading);
        visitChildren(heading);
      }

      @Override
      public void visit(CustomBlock block) {
        if (block instanceof TableBlock t) {
          tables.add(t);
        }
        visitChildren(block);
      }
    });
    assertThat(headings.stream().filter(h -> h.getLevel() == 1)).hasSize(1);
    assertThat(headings.stream().filter(h -> h.getLevel() == 5)).hasSize(28);
    assertThat(tables).hasSizeBetween(1, 2);
    TableBlock chapters = tables.get(0);
    assertThat(rows(chapters)).hasSize(5);
  }

  private static List<Node> rows(Node table) {
    List<Node> rows = new ArrayList<>();
    table.accept(new AbstractVisitor() {
      @Override
      public void visit(CustomBlock block) {
        visitChildren(block);
      }

      @Override
      public void visit(org.commonmark.node.CustomNode node) {
        if (node instanceof TableRow) {
          rows.add(node);
        }
        visitChildren(node);
      }
    });
    return rows;
  }
}
