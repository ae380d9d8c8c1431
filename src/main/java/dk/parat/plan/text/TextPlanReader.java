package dk.parat.plan.text;

import dk.parat.files.InputError;
import dk.parat.plan.Block;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanContext;
import dk.parat.plan.PlanFormat;
import dk.parat.plan.PlanReader;
import dk.parat.plan.read.ContextReader;
import dk.parat.plan.read.LineScan;
import dk.parat.plan.read.Digest;
import dk.parat.plan.read.FrontMatter;
import dk.parat.plan.read.PlanText;
import dk.parat.plan.read.SectionBuilder;
import dk.parat.waiver.WaiverReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text. Headings are lines underlined with {@code ===} (a title, level 1) or
 * {@code ---}, short lines in capitals, and lines numbered like "2.1 Organisering" (level 3);
 * paragraphs are separated by blank lines, and lines that start with a bullet are list items.
 */
public final class TextPlanReader implements PlanReader {

  private static final Pattern UNDERLINE = Pattern.compile("^\\s*(=+|-+)\\s*$");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•–]|\\d+[.)]|[a-z][.)])\\s+(.*)$");
  private static final int MAX_HEADING_WORDS = 9;

  @Override
  public PlanFormat format() {
    return PlanFormat.TEXT;
  }

  @Override
  public Plan read(String path, byte[] content) throws InputError {
    String text = PlanText.decode(path, content);
    FrontMatter front = FrontMatter.split(path, text);
    List<String> lines = new ArrayList<>(front.body().lines().toList());
    Map<String, Object> declared = new LinkedHashMap<>();
    front.map().forEach((k, v) -> declared.put(String.valueOf(k), v));
    declared.putAll(HeaderBlock.take(lines));
    PlanContext context = ContextReader.read(path, declared, text);
    int shift = front.bodyFirstLine() - 1;
    SectionBuilder sections = new SectionBuilder();
    Paragraph paragraph = new Paragraph(sections);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int lineNo = i + 1 + shift;
      String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
      if (line.isBlank()) {
        paragraph.end();
        continue;
      }
      if (UNDERLINE.matcher(next).matches() && isHeadingText(line) && next.strip().length() >= 3) {
        paragraph.end();
        sections.heading(next.strip().startsWith("=") ? 1 : 2, line.strip(), lineNo);
        i++;
        continue;
      }
      Numbered numbered = Numbered.parse(line);
      if (numbered != null && isHeadingText(numbered.text())) {
        paragraph.end();
        sections.heading(1 + numbered.depth(), numbered.text().strip(), lineNo);
        continue;
      }
      if (isCapitalsHeading(line)) {
        paragraph.end();
        sections.heading(2, line.strip(), lineNo);
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      if (bullet.matches()) {
        paragraph.end();
        paragraph.add(bullet.group(1), lineNo, Block.Kind.LIST_ITEM);
        continue;
      }
      paragraph.add(line.strip(), lineNo, paragraph.kind());
    }
    paragraph.end();
    return new Plan(path, format(), context, sections.build(), Digest.sha256(content),
        WaiverReader.read(path, declared.get("waivers"), text));
  }

  private static boolean isHeadingText(String s) {
    String t = s.strip();
    return !t.isEmpty() && t.split("\\s+").length <= MAX_HEADING_WORDS && !t.matches(".*[.,;!]$");
  }

  private static boolean isCapitalsHeading(String line) {
    String t = line.strip();
    return t.length() >= 4 && t.length() <= 60 && t.chars().anyMatch(Character::isLetter)
        && t.equals(t.toUpperCase(java.util.Locale.ROOT)) && isHeadingText(t);
  }

  /**
   * A numbered heading, "2.1 Organisering": the number's depth (2) and the text, which starts
   * with a capital.
   */
  record Numbered(int depth, String text) {

    /** The line read as a numbered heading, or null. */
    static Numbered parse(String line) {
      int start = LineScan.skipSpaces(line, 0);
      int end = LineScan.skipDigits(line, start);
      if (end == start) {
        return null;
      }
      int depth = 1;
      while (end + 1 < line.length() && line.charAt(end) == '.' && LineScan.isDigit(line.charAt(end + 1))) {
        end = LineScan.skipDigits(line, end + 1);
        depth++;
      }
      if (end < line.length() && line.charAt(end) == '.') {
        end++;
      }
      int text = LineScan.skipSpaces(line, end);
      if (text == end || text == line.length() || Character.getType(line.codePointAt(text)) != Character.UPPERCASE_LETTER) {
        return null;
      }
      return new Numbered(depth, line.substring(text));
    }
  }

  /** Lines being joined into one block. */
  private static final class Paragraph {
    private final SectionBuilder sections;
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> offsets = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private Block.Kind kind = Block.Kind.PARAGRAPH;

    Paragraph(SectionBuilder sections) {
      this.sections = sections;
    }

    Block.Kind kind() {
      return kind;
    }

    void add(String line, int lineNo, Block.Kind kind) {
      if (text.length() > 0) {
        text.append(' ');
      } else {
        this.kind = kind;
      }
      offsets.add(text.length());
      lines.add(lineNo);
      text.append(line);
    }

    void end() {
      if (text.length() > 0) {
        sections.block(new Block(kind, text.toString(), offsets, lines));
      }
      text.setLength(0);
      offsets.clear();
      lines.clear();
      kind = Block.Kind.PARAGRAPH;
    }
  }
}
