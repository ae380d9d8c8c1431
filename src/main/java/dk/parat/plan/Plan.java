package dk.parat.plan;

import dk.parat.waiver.Waiver;
import java.util.List;

/**
 * A plan read into sections.
 *
 * @param path the file as the user named it
 * @param format the format it was read as
 * @param digest SHA-256 of the file's bytes, to tell whether a plan changed
 * @param waivers the accepted risks the plan declares in its front matter
 */
public record Plan(String path, PlanFormat format, PlanContext context, List<Section> sections, String digest,
    List<Waiver> waivers) {

  public Plan {
    sections = List.copyOf(sections);
    waivers = List.copyOf(waivers);
  }

  /** What a user should hear about the plan that does not stop it being scored, as "plan.md:3: warning: …" lines. */
  public List<String> warnings() {
    return context.unknownKeys().stream()
        .map(k -> (k.line() > 0 ? path + ":" + k.line() : path) + ": warning: " + k.message()).toList();
  }

  /** The line of the plan's first heading, or 1: where a report points when the plan says nothing about an item. */
  public int firstHeadingLine() {
    return sections.stream().mapToInt(Section::headingLine).filter(l -> l > 0).findFirst().orElse(1);
  }

  /** How many words the plan's blocks hold, split at white space: how long a consultant finds it. */
  public int words() {
    int words = 0;
    for (Section section : sections) {
      for (Block block : section.blocks()) {
        words += words(block.text());
      }
    }
    return words;
  }

  /**
   * The pieces of {@code text.strip().split("\s+")} for text that is not blank, counted without a
   * regular expression or a copy: every check's trained reading asks for it. Strip's white space is
   * {@link Character#isWhitespace}, split's only ASCII's.
   */
  private static int words(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return 0;
    }
    int words = 1;
    for (int i = start; i < end; i++) {
      if (isAsciiSpace(text.charAt(i)) && !isAsciiSpace(text.charAt(i - 1))) {
        words++;
      }
    }
    return words;
  }

  /** What the regular expression {@code \s} matches. */
  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The title to show: the declared one, else the first heading, else the file name. */
  public String displayTitle() {
    if (context.title() != null && !context.title().isBlank()) {
      return context.title();
    }
    return sections.stream().map(Section::heading).filter(h -> !h.isBlank()).findFirst()
        .orElse(java.nio.file.Path.of(path).getFileName().toString());
  }
}
