package dk.parat.checklist;

import java.util.List;

/** A checklist or lexicon file that cannot be used; every problem names the file, line and column. */
public final class ChecklistException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** One thing wrong in a checklist file. Line and column are 1-based, 0 when unknown. */
  public record Problem(String file, int line, int column, String message) {
    @Override
    public String toString() {
      return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
  }

  public ChecklistException(List<Problem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String render(List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    for (Problem p : problems) {
      sb.append(p).append('\n');
    }
    return sb.toString().stripTrailing();
  }
}
