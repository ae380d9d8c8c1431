package dk.parat.report;

/** Escaping for GitHub-flavoured Markdown, so plan text never breaks the report's structure. */
public final class Markdown {

  private Markdown() {}

  /** Inline text: Markdown's punctuation is escaped, line breaks become spaces. */
  public static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (char c : Printable.visible(s.replaceAll("\\s+", " ").strip()).toCharArray()) {
      if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Text for a table cell. */
  public static String cell(String s) {
    return text(s);
  }

  /**
   * A code span ({@code `plan.md`}) for a path or id, on one line: a backtick inside becomes a
   * quote, since a span cannot hold its own delimiter.
   */
  public static String code(String s) {
    return "`" + Printable.visible(s.replaceAll("\\s+", " ").strip()).replace('`', '\'') + "`";
  }

  /** A code span in a table cell, where a bar would end the cell (GitHub reads {@code \|} in a span as a bar). */
  public static String codeCell(String s) {
    return code(s).replace("|", "\\|");
  }
}
