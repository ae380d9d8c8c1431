package dk.parat.plan;

import java.util.List;

/** The formats parat reads plans in, with the file endings each is known by; each has one {@link PlanReader}. */
public enum PlanFormat {
  MARKDOWN("markdown", ".md", ".markdown"),
  YAML("yaml", ".yaml", ".yml"),
  TEXT("text", ".txt", ".text"),
  WORD("word", ".docx"),
  PDF("pdf", ".pdf");

  private final String id;
  private final List<String> extensions;

  PlanFormat(String id, String... extensions) {
    this.id = id;
    this.extensions = List.of(extensions);
  }

  /** File name endings of the format, lower case, with the dot. */
  public List<String> extensions() {
    return extensions;
  }

  /** The name reports show: {@code markdown}, {@code yaml}, {@code text}, {@code word}, {@code pdf}. */
  public String id() {
    return id;
  }
}
