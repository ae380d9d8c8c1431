package dk.parat.plan;

import dk.parat.files.InputError;
import dk.parat.plan.read.FrontMatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A Markdown plan as the parts a word processor lays out: headings, paragraphs and list items
 * in runs of plain and bold text, and tables; and its front matter as document properties.
 */
record ExampleSource(Map<String, String> properties, List<Part> parts) {

  /** Text set in one weight. */
  record Run(String text, boolean bold) {}

  /** One thing the document shows. */
  sealed interface Part {}

  record HeadingPart(int level, String text) implements Part {}

  /** A paragraph; a list item when {@code marker} is not null ("•", "1."). */
  record TextPart(String marker, List<Run> runs) implements Part {
    String text() {
      return String.join("", runs.stream().map(Run::text).toList());
    }
  }

  record TablePart(List<List<String>> rows) implements Part {}

  static ExampleSource parse(String markdown) throws InputError {
    FrontMatter front = FrontMatter.split("example.md", markdown);
    Map<String, String> properties = new LinkedHashMap<>();
    front.map().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
    Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(front.body());
    List<Part> parts = new ArrayList<>();
    walk(doc, parts);
    return new ExampleSource(properties, parts);
  }

  private static void walk(Node parent, List<Part> parts) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        parts.add(new HeadingPart(h.getLevel(), plain(runs(h))));
      } else if (n instanceof Paragraph p) {
        parts.add(new TextPart(marker(p), runs(p)));
      } else if (n instanceof TableBlock) {
        List<List<String>> rows = new ArrayList<>();
        rows(n, rows);
        parts.add(new TablePart(rows));
      } else {
        walk(n, parts);
      }
    }
  }

  private static String marker(Paragraph p) {
    if (!(p.getParent() instanceof ListItem item)) {
      return null;
    }
    if (item.getParent() instanceof OrderedList list) {
      int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
      for (Node n = list.getFirstChild(); n != item; n = n.getNext()) {
        number++;
      }
      return number + ".";
    }
    return "•";
  }

  private static void rows(Node n, List<List<String>> rows) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof TableRow) {
        List<String> cells = new ArrayList<>();
        for (Node cell = c.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(plain(runs(cell)));
          }
        }
        rows.add(cells);
      } else {
        rows(c, rows);
      }
    }
  }

  private static List<Run> runs(Node n) {
    List<Run> runs = new ArrayList<>();
    collect(n, false, runs);
    return runs;
  }

  private static void collect(Node n, boolean bold, List<Run> runs) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text t) {
        runs.add(new Run(t.getLiteral(), bold));
      } else if (c instanceof Code code) {
        runs.add(new Run(code.getLiteral(), bold));
      } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
        runs.add(new Run(" ", bold));
      } else {
        collect(c, bold || c instanceof StrongEmphasis, runs);
      }
    }
  }

  private static String plain(List<Run> runs) {
    return String.join("", runs.stream().map(Run::text).toList());
  }
}
