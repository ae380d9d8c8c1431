package dk.parat.plan.markdown;

import dk.parat.files.InputError;
import dk.parat.plan.Block;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanContext;
import dk.parat.plan.PlanFormat;
import dk.parat.plan.PlanReader;
import dk.parat.plan.read.ContextReader;
import dk.parat.plan.read.Digest;
import dk.parat.plan.read.FrontMatter;
import dk.parat.plan.read.PlanText;
import dk.parat.plan.read.SectionBuilder;
import dk.parat.waiver.WaiverReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Reads CommonMark with GitHub tables and an optional YAML front-matter block. */
public final class MarkdownPlanReader implements PlanReader {

  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();

  @Override
  public PlanFormat format() {
    return PlanFormat.MARKDOWN;
  }

  @Override
  public Plan read(String path, byte[] content) throws InputError {
    String text = PlanText.decode(path, content);
    FrontMatter front = FrontMatter.split(path, text);
    PlanContext context = ContextReader.read(path, front.map(), text);
    SectionBuilder sections = new SectionBuilder();
    Node document = PARSER.parse(front.body());
    new Walker(sections, front.bodyFirstLine() - 1).children(document);
    return new Plan(path, format(), context, sections.build(), Digest.sha256(content),
        WaiverReader.read(path, front.map().get("waivers"), text));
  }

  /**
   * Walks the Markdown tree in document order, turning headings into sections and text into
   * blocks. The walks keep their own stack rather than recursing: quotes, lists and emphasis
   * nested ten thousand deep are a few kilobytes of Markdown.
   */
  private static final class Walker {
    private final SectionBuilder sections;
    private final int lineShift;

    Walker(SectionBuilder sections, int lineShift) {
      this.sections = sections;
      this.lineShift = lineShift;
    }

    void children(Node parent) {
      preorder(parent, n -> {
        if (n instanceof Heading h) {
          InlineText t = inline(h);
          sections.heading(h.getLevel(), t.text(), line(h));
        } else if (n instanceof Paragraph p) {
          Block.Kind kind = p.getParent() instanceof ListItem ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH;
          sections.block(inline(p).block(kind));
        } else if (n instanceof TableBlock) {
          table(n);
        } else if (n instanceof FencedCodeBlock code) {
          sections.block(Block.single(Block.Kind.CODE, code.getLiteral(), line(code) + 1));
        } else if (n instanceof IndentedCodeBlock code) {
          sections.block(Block.single(Block.Kind.CODE, code.getLiteral(), line(code)));
        } else {
          // Lists, list items, quotes and anything else hold blocks: read what they hold.
          return true;
        }
        return false;
      });
    }

    /**
     * Visits the nodes below {@code parent} in document order, going into a node's children when
     * {@code visit} says so; the nodes still to visit wait on a stack, the next sibling below the
     * first child.
     */
    private static void preorder(Node parent, Predicate<Node> visit) {
      Deque<Node> next = new ArrayDeque<>();
      push(next, parent.getFirstChild());
      while (!next.isEmpty()) {
        Node n = next.pop();
        push(next, n.getNext());
        if (visit.test(n)) {
          push(next, n.getFirstChild());
        }
      }
    }

    private static void push(Deque<Node> next, Node n) {
      if (n != null) {
        next.push(n);
      }
    }

    private void table(Node table) {
      List<Node> rows = new ArrayList<>();
      collectRows(table, rows);
      for (Node row : rows) {
        InlineText text = new InlineText();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            if (!text.isEmpty()) {
              text.append(" | ", -1);
            }
            collect(cell, text);
          }
        }
        if (text.isEmpty()) {
          continue;
        }
        if (text.firstLine() < 0) {
          text.setFirstLine(line(row));
        }
        sections.block(text.block(Block.Kind.TABLE_ROW));
      }
    }

    /** The body rows: a header row names columns ("Aktivitet | Ansvarlig"), it says nothing about the plan. */
    private static void collectRows(Node table, List<Node> rows) {
      preorder(table, c -> {
        if (c instanceof TableRow) {
          rows.add(c);
          return false;
        }
        return !(c instanceof TableHead);
      });
    }

    private InlineText inline(Node n) {
      InlineText text = new InlineText();
      collect(n, text);
      if (text.firstLine() < 0) {
        text.setFirstLine(line(n));
      }
      return text;
    }

    private void collect(Node n, InlineText out) {
      preorder(n, c -> {
        if (c instanceof Text t) {
          out.append(t.getLiteral(), line(t));
        } else if (c instanceof Code code) {
          out.append(code.getLiteral(), line(code));
        } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
          out.append(" ", -1);
        } else {
          return true;
        }
        return false;
      });
    }

    private int line(Node n) {
      List<SourceSpan> spans = n.getSourceSpans();
      return spans.isEmpty() ? -1 : spans.get(0).getLineIndex() + 1 + lineShift;
    }
  }

  /** Inline text being assembled, with the source line where each piece starts. */
  private static final class InlineText {
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> offsets = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private boolean blank = true;

    void append(String s, int line) {
      if (line > 0 && (lines.isEmpty() || lines.get(lines.size() - 1) != line)) {
        offsets.add(text.length());
        lines.add(line);
      }
      text.append(s);
      blank &= s.isBlank();
    }

    /** Whether all appended so far is blank; kept as it goes, since a table row asks after every cell. */
    boolean isEmpty() {
      return blank;
    }

    int firstLine() {
      return lines.isEmpty() ? -1 : lines.get(0);
    }

    void setFirstLine(int line) {
      offsets.add(0, 0);
      lines.add(0, Math.max(line, 1));
    }

    String text() {
      return text.toString();
    }

    Block block(Block.Kind kind) {
      if (lines.isEmpty()) {
        setFirstLine(1);
      }
      offsets.set(0, 0);
      return new Block(kind, text.toString(), offsets, lines);
    }
  }
}
