package dk.parat.plan;

/** The formats parat reads plans in; each has one {@link PlanReader}. */
public enum PlanFormat {
  MARKDOWN("markdown"), YAML("yaml"), TEXT("text"), WORD("word"), PDF("pdf");

  private final String id;

  PlanFormat(String id) {
    this.id = id;
  }

  /** The name reports show: {@code markdown}, {@code yaml}, {@code text}, {@code word}, {@code pdf}. */
  public String id() {
    return id;
  }
}
