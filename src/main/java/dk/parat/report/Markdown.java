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
    for (char c : s.replaceAll("\\s+", " ").strip().toCharArray()) {
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
}
